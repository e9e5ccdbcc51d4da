/**
 * @module numbers/counted — what a number counts: the noun phrase after it ("13 other members of the Security
 * Council", "three of its commanders"), else the thing measured before it ("revenue rose 3.5 percent").
 */
import { FUNCTION_WORDS } from '../../../lib/text/function-words.ts';
import { CHANGE_WORDS, PHRASE_STOPS } from './lexicon.ts';

export interface Counted {
  /** The counted noun phrase as written, or "" when the text does not say. */
  what: string;
  /** Its head noun, lower-cased ("members"), or null. */
  head: string | null;
  /** Where the phrase stands (offsets into the text), or null. */
  range: { start: number; end: number } | null;
  /** "three of them": the phrase is a pronoun and the caller should borrow the previous number's. */
  pronoun: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
const PRONOUNS = new Set(['them', 'those', 'these', 'us', 'it', 'which', 'whom']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'this', 'that']);

interface W { text: string; start: number; end: number; gapBefore: string }

function wordsIn(text: string, from: number, to: number): W[] {
  const out: W[] = [];
  let prev = from;
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const start = from + m.index;
    const word = m[0].endsWith('.') ? m[0].slice(0, -1) : m[0]; // a full stop is no part of the word
    out.push({ text: word, start, end: start + word.length, gapBefore: text.slice(prev, start) });
    prev = start + m[0].length;
  }
  return out;
}

const isStop = (w: W) => PHRASE_STOPS.has(w.text.toLowerCase());
const breaks = (w: W) => w.gapBefore !== ' ' && (/[,;:()"“”!?\u2014]|\.\s/.test(w.gapBefore) || /\s[-–]\s/.test(w.gapBefore));
const verbLike = (w: W, index: number) => index > 0 && /^[a-z]+(?:ed|ing)$/.test(w.text) && !/^(?:red|bed|need|seed|speed|feed|breed|hundred|wing|king|ring|thing|string|spring|building|ceiling|morning|evening|meeting|ruling|funding|offering|listing|saving|training|shooting|bombing|warning|briefing|hearing|landing|filing|holding|being)$/.test(w.text);

/** The noun phrase after a number at `end` (within the sentence ending at `limit`). */
export function countedAfter(text: string, end: number, limit: number, maxWords: number, rate = false): Counted {
  const words = wordsIn(text, end, Math.min(limit, end + 160));
  // A price per unit: "$2.53 per diluted share", "$5 a year".
  if (rate && words.length > 1 && /^(?:per|a|an)$/i.test(words[0]!.text) && !breaks(words[0]!)) {
    const rest = countedAfter(text, words[0]!.end, limit, maxWords - 1);
    if (rest.range) return { ...rest, what: text.slice(words[0]!.start, rest.range.end), range: { start: words[0]!.start, end: rest.range.end } };
  }
  const taken: W[] = [];
  let ofUsed = false;
  let headIndex = -1;
  for (let i = 0; i < words.length && taken.length < maxWords; i++) {
    const w = words[i]!;
    const lower = w.text.toLowerCase();
    if (breaks(w)) break;
    if (i === 0 && /^[-–]/.test(w.gapBefore.trim())) break;
    if (lower === 'of' && !ofUsed && (taken.length > 0 || i === 0)) {
      const next = words[i + 1];
      if (!next || breaks(next)) break;
      ofUsed = true;
      if (headIndex < 0) headIndex = taken.length - 1;
      taken.push(w);
      continue;
    }
    if (ofUsed && DETERMINERS.has(lower) && taken.at(-1)?.text.toLowerCase() === 'of') { taken.push(w); continue; }
    if (PRONOUNS.has(lower) && taken.at(-1)?.text.toLowerCase() === 'of' && taken.length === 1) {
      return { what: '', head: null, range: null, pronoun: true };
    }
    if (isStop(w) || verbLike(w, taken.length) || (i === 0 && FUNCTION_WORDS.has(lower) && lower !== 'other')) break;
    taken.push(w);
  }
  while (taken.length && (FUNCTION_WORDS.has(taken.at(-1)!.text.toLowerCase()))) taken.pop();
  // "one of the guests": the phrase is what follows "of".
  if (taken[0]?.text.toLowerCase() === 'of') {
    taken.shift();
    while (taken.length && DETERMINERS.has(taken[0]!.text.toLowerCase())) taken.shift();
    headIndex = -1;
  }
  if (!taken.length) return { what: '', head: null, range: null, pronoun: false };
  const head = (headIndex >= 0 && headIndex < taken.length ? taken[headIndex]! : taken.at(-1)!).text.toLowerCase();
  const range = { start: taken[0]!.start, end: taken.at(-1)!.end };
  return { what: text.slice(range.start, range.end), head, range, pronoun: false };
}

/** The thing measured before a number ("Comparable sales rose 3.6 percent"): the nearest content words before it. */
export function measuredBefore(text: string, start: number, sentenceStart: number): Counted {
  const words = wordsIn(text, sentenceStart, start);
  let i = words.length - 1;
  const skippable = (t: string) => CHANGE_WORDS.has(t) || /^[\d.,]+$/.test(t) || /^(?:percent|per|cent|%|million|billion|trillion|points?)$/.test(t);
  while (i >= 0 && skippable(words[i]!.text.toLowerCase()) && !breaks(words[i + 1] ?? words[i]!)) i--;
  if (i < 0 || i < words.length - 6) return { what: '', head: null, range: null, pronoun: false };
  const taken: W[] = [];
  for (let j = i; j >= 0 && taken.length < 4; j--) {
    const w = words[j]!;
    if (FUNCTION_WORDS.has(w.text.toLowerCase()) || PHRASE_STOPS.has(w.text.toLowerCase()) || /^\d/.test(w.text) || verbLike(w, 1)) break;
    taken.unshift(w);
    if (breaks(w)) break;
  }
  if (!taken.length) return { what: '', head: null, range: null, pronoun: false };
  const range = { start: taken[0]!.start, end: taken.at(-1)!.end };
  return { what: text.slice(range.start, range.end), head: taken.at(-1)!.text.toLowerCase(), range, pronoun: false };
}
