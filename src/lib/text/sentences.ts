/** @module sentences — sentence boundaries with offsets, aware of news abbreviations. */

export interface Segment {
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm',
  'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'pres',
]);

/** Exactly the code units /\s/ matches, tested without a regex call per character. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Closing quotes and brackets that may follow the stop: " ' ” ’ ) ]. */
const isClosing = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
const OPENS_SENTENCE = /[\p{Lu}\p{N}"'\u201C\u2018(\[\n]/u;
const LAST_WORD = /([\p{L}.]+)$/u;

// Every extractor (entities, quotes, times, numbers, events) splits the same paragraphs of the same document:
// the last few documents' splits are kept. The arrays and segments are frozen because callers share them.
const recent = new Map<string, Map<string, readonly Segment[]>>();
const RECENT_TEXTS = 256;

/**
 * Split `text` between `from` and `to` into sentences. A sentence ends at . ! or ? (plus closing quotes
 * or brackets) followed by space and an upper-case letter, digit or opening quote, or at a line break.
 */
export function splitSentences(text: string, from = 0, to = text.length): readonly Segment[] {
  let byRange = recent.get(text);
  if (!byRange) {
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    byRange = new Map();
    recent.set(text, byRange);
  }
  const key = `${from}:${to}`;
  let out = byRange.get(key);
  if (!out) {
    out = Object.freeze(split(text, from, to).map((s) => Object.freeze(s)));
    byRange.set(key, out);
  }
  return out;
}

function split(text: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      pushTrimmed(out, text, start, i);
      start = i;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < to && isClosing(text.charCodeAt(j))) j++;
    if (j < to && !isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && text.charCodeAt(k) === 32) k++;
    if (k < to && !OPENS_SENTENCE.test(text[k]!)) continue;
    if (c === 46) {
      const word = LAST_WORD.exec(text.slice(Math.max(from, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    pushTrimmed(out, text, start, j);
    start = j;
  }
  pushTrimmed(out, text, start, to);
  return out;
}

/** Push [start, end) without its surrounding white space, unless nothing is left. */
function pushTrimmed(out: Segment[], text: string, start: number, end: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}
