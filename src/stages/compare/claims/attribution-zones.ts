/**
 * @module attribution-zones — the parts of a claim that say where it came from rather than what it
 * states: "according to the Sioux Falls Argus Leader", ", the prosecutor's office said." Two claims
 * that share only their source are not the same claim, so alignment does not count these words.
 */

/** "according to …" up to the next comma, semicolon or full stop; a longer one ("according to a paper published in …") says more than who. */
const ACCORDING = /\baccording to\b[^,;.]*(?:\.(?=\w)[^,;.]*)*/giu;
/** A closing clause after the last comma that only names who said or reported it (no quotation inside). */
const TRAILING = /,\s+([^,"\u201C\u201D]{0,120}?\b(?:said|says|say|announced|reported|reports|told\s+[^,.]{1,40}|stated|added|confirmed|wrote|noted)\b[^,.!"\u201C\u201D]{0,60})[.!]?["'\u201D\u2019]?$/iu;
const MAX_TRAILING_WORDS = 16;
const MAX_ACCORDING_WORDS = 7;

/** [start, end) offsets in `text` of its attribution phrases. */
export function attributionZones(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(ACCORDING)) if (m[0].trim().split(/\s+/).length <= MAX_ACCORDING_WORDS) out.push([m.index!, m.index! + m[0].length]);
  const t = TRAILING.exec(text);
  if (t && t[1]!.split(/\s+/).length <= MAX_TRAILING_WORDS) {
    const start = t.index + t[0].indexOf(t[1]!);
    out.push([start, start + t[1]!.length]);
  }
  return out;
}

/** `text` with its attribution phrases blanked (same length, so offsets still hold). */
export function withoutAttribution(text: string): string {
  let out = text;
  for (const [s, e] of attributionZones(text)) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}
