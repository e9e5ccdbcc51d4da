/** @module normalize — text normalisation that keeps meaning but drops presentation. */

/** NFC, curly quotes and dashes folded, whitespace runs collapsed, trimmed. Length may change: not for spans. */
export function normalizeForHash(text: string): string {
  return foldPunctuation(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/**
 * Fold typographic quotes, apostrophes and dashes to ASCII, one code unit for one,
 * so offsets into the result are offsets into the input.
 */
export function foldPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ');
}
