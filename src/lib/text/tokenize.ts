/** @module tokenize — words with their offsets. */

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, punctuation-folded form for matching. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*/gu;

/** Words (letters/digits, with inner apostrophes, dots and hyphens) and their offsets into `text`. */
export function tokenize(text: string, offset = 0): Token[] {
  // An exec loop on one shared regex: matchAll clones the regex and builds an iterator per call, and this
  // runs on every sentence of every stage.
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = offset + m.index;
    const lower = word.toLowerCase();
    out.push({ text: word, norm: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, start, end: start + word.length });
  }
  return out;
}
