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
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    out.push({ text: m[0], norm: m[0].toLowerCase().replace(/\u2019/g, "'"), start, end: start + m[0].length });
  }
  return out;
}
