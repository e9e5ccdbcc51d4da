/** @module trim-sentence — light trimming of an extracted sentence: datelines, leading connectives, over-long tails. */

/** "CITY, Country (Agency) - " or "CITY - " at the start of a wire lede. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,\s*[\p{L} .]+?)?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s+/u;
const CONNECTIVE = /^(?:and|but|meanwhile|still|however|also|so)\s*,?\s+/i;
/** A clause split off a longer sentence ("though he later returned the money") starts with its conjunction in lower case. */
const FRAGMENT_LEAD = /^(?:though|although|while|whereas)\s+/;

/**
 * A shortened form of `text` that only drops words (so whatever supported the whole supports the
 * rest): the dateline and a leading connective go, and beyond `maxWords` words the sentence is cut at
 * the last comma that keeps at least half of them, ending with a full stop.
 */
export function trimSentence(text: string, maxWords: number): string {
  let t = text.trim().replace(DATELINE, '').replace(CONNECTIVE, '').replace(FRAGMENT_LEAD, '');
  t = t.charAt(0).toUpperCase() + t.slice(1);
  const words = t.split(/\s+/);
  if (words.length > maxWords) {
    const head = words.slice(0, maxWords).join(' ');
    const comma = head.lastIndexOf(',');
    const keep = comma > head.length / 2 ? head.slice(0, comma) : head;
    t = keep.replace(/[\s,;:\-\u2013\u2014]+$/, '') + ' \u2026';
  }
  return t;
}

/** `text` as a clause after a colon: unchanged, but with a closing full stop when it has no end mark. */
export function asStatement(text: string): string {
  return /[.!?\u2026]["'\u201D\u2019)]?$/.test(text) ? text : text + '.';
}
