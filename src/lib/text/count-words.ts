/** @module count-words — how many words a text has, in one pass without regular expressions. */

/**
 * Words are runs of letters or digits (ASCII, Latin-1 and every script above it, general and CJK
 * punctuation excepted); each CJK ideograph or kana counts half a word, since those scripts put no
 * spaces between words.
 */
export function countWords(s: string, from = 0, to = s.length): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) { cjk++; inWord = false; continue; }
    const letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
      || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f));
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words + Math.round(cjk / 2);
}
