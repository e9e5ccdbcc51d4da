/**
 * @module decade-part — the years "the early/mid/late 2020s" cover. A date resolved to a whole decade
 * would contain every year in it, so "the mid-2020s" and "2023" could never disagree; the part of the
 * decade named narrows it (early: years 0–3, mid: 4–6, late: 7–9, the usual reading).
 */

const PART = /\b(early|mid|late)[\s-]*(\d{2}[1-9])0s\b/i; // "1800s", "2000s" may be centuries: left alone
const YEARS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** The interval of a written "early/mid/late <decade>s", or null when the text names no part of a decade. */
export function decadePart(text: string): { earliest: string; latest: string } | null {
  const m = PART.exec(text);
  if (!m) return null;
  const [from, to] = YEARS[m[1]!.toLowerCase()]!;
  const decade = Number(m[2]) * 10;
  return { earliest: `${decade + from}-01-01`, latest: `${decade + to}-12-31` };
}
