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

/**
 * Split `text` between `from` and `to` into sentences. A sentence ends at . ! or ? (plus closing quotes
 * or brackets) followed by space and an upper-case letter, digit or opening quote, or at a line break.
 */
export function splitSentences(text: string, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < to && /["'\u201D\u2019)\]]/.test(text[j]!)) j++;
    if (j < to && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < to && text[k] === ' ') k++;
    if (k < to && !/[\p{Lu}\p{N}"'\u201C\u2018(\[\n]/u.test(text[k]!)) continue;
    if (ch === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    push(j);
  }
  push(to);
  return out;
}
