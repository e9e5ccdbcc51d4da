/** @module word-tokens — words and punctuation marks with offsets, splitting possessive 's off its word. */

export interface WordToken {
  /** The token as written. */
  text: string;
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation and possessive markers. */
  word: boolean;
  /** Lower-cased text with typographic apostrophes folded, filled in by whoever first needs it (see `lowerOf`). */
  lower?: string;
}

/** The token's lower-cased text (’ folded to '), computed once per token. */
export function lowerOf(t: WordToken): string {
  if (t.lower === undefined) {
    const s = t.text.toLowerCase();
    t.lower = s.includes('\u2019') ? s.replace(/\u2019/g, "'") : s;
  }
  return t.lower;
}

// Dotted acronyms (U.S., D.P.R.K.), then words with inner hyphens, ampersands and apostrophes (not a possessive 's),
// then possessive 's / ’s, then any other single non-space character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:[-&]|['\u2019](?![sS]\b))[\p{L}\p{N}]+)*|['\u2019][sS]\b|\S/gu;

/** Tokens of `text` between `from` and `to`; offsets are into `text`. */
export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const out: WordToken[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    if (m.index + t.length > to) t = t.slice(0, to - m.index);
    const c = t.charCodeAt(0);
    const word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : /[\p{L}\p{N}]/u.test(t[0]!) && !(t.length === 2 && c === 0x2019 && (t[1] === 's' || t[1] === 'S'));
    const possessive = t.length === 2 && c === 39 && (t[1] === 's' || t[1] === 'S');
    out.push({ text: t, start: m.index, end: m.index + t.length, word: word && !possessive });
  }
  return out;
}

/** Whether a token starts with an upper-case letter. */
export function isCapitalized(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(t);
}
