/**
 * @module stories/story-years — the years written in a story's reports, and when two stories' years conflict.
 *
 * Two events of one kind (two earthquakes in one region, two coaches fired by one club) share their topic
 * words, but their reports often say which year they are in: a dateline, "this year's election", a season.
 * A year is weak evidence in one report (reports cite past years, and many state no year at all), so it is
 * used only on merges of stories, the second look at a story, where a whole group of reports speaks:
 *
 *   - a story has a **main year** when at least `minMembers` of its members mention it and at least half
 *     of its members that mention any year do;
 *   - two stories conflict when both have a main year, the two differ, and neither story's members ever
 *     mention the other's main year;
 *   - a small story read as one report (its years, most mentioned first) conflicts with a story that has a
 *     main year it never mentions when its own latest year is later than that main year and unknown to the
 *     story (an earlier year may be a report looking back, a later one cannot be).
 *
 * A story without years never conflicts, nor does one whose members disagree among themselves on a year.
 * Documents are not kept out of a story on their years alone (tried: it broke up as many events as it
 * kept apart).
 */
import { isNameFeature, NAME_PREFIX } from './features.ts';

/** Year → members (documents) mentioning it; plus how many members mention any year. */
export interface YearCounts {
  years: [string, number][];
  dated: number;
}

const YEAR_FEATURE = /^@(?:19|20)\d\d$/;

/** Most year entries kept per story (the least mentioned go first): bounded state on any stream. */
export const MAX_STORY_YEARS = 16;

/** The years a document mentions, strongest first (ties: the later year first), from its feature weights. */
export function docYears(weights: ReadonlyMap<string, number>): string[] {
  const found: [string, number][] = [];
  for (const [t, w] of weights) if (isNameFeature(t) && YEAR_FEATURE.test(t)) found.push([t.slice(NAME_PREFIX.length), w]);
  return found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1)).map(([y]) => y);
}

/** Add (sign 1) or take away (sign -1) one member's years. */
export function countYears(c: YearCounts, years: readonly string[] | undefined, sign: 1 | -1 = 1): void {
  if (!years || years.length === 0) return;
  c.dated = Math.max(0, c.dated + sign);
  const m = new Map(c.years);
  for (const y of years) {
    const n = (m.get(y) ?? 0) + sign;
    if (n > 0) m.set(y, n);
    else m.delete(y);
  }
  c.years = capYears(m);
}

/** Add another story's counts (a merge). */
export function addYears(into: YearCounts, from: YearCounts): void {
  const m = new Map(into.years);
  for (const [y, n] of from.years) m.set(y, (m.get(y) ?? 0) + n);
  into.years = capYears(m);
  into.dated += from.dated;
}

/** Year entries in a fixed order (most mentioned, then latest), cut to `MAX_STORY_YEARS`. */
function capYears(m: Map<string, number>): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1)).slice(0, MAX_STORY_YEARS);
}

/** The year most members mention, when enough of them agree on it (see the module comment); else null. */
export function mainYear(c: YearCounts, minMembers: number): string | null {
  const top = c.years[0];
  if (!top || top[1] < minMembers || top[1] * 2 < c.dated) return null;
  return top[0];
}

/** Whether a report (or a small story) with `years` conflicts with a story's year counts: see the module comment. */
export function yearsConflict(years: readonly string[], story: YearCounts, minMembers: number): boolean {
  if (years.length === 0) return false;
  const main = mainYear(story, minMembers);
  if (main === null || years.includes(main)) return false;
  const latest = years.reduce((a, b) => (a > b ? a : b));
  return latest > main && !story.years.some(([y]) => y === latest);
}

/** Whether two stories' years conflict: each has a main year, and neither's main year is mentioned in the other. */
export function storiesYearsConflict(a: YearCounts, b: YearCounts, minMembers: number): boolean {
  const ma = mainYear(a, minMembers);
  const mb = mainYear(b, minMembers);
  if (ma === null || mb === null || ma === mb) return false;
  return !a.years.some(([y]) => y === mb) && !b.years.some(([y]) => y === ma);
}

/** A small story's years read as one document's: the years its members mention, most mentioned first. */
export function yearsAsDoc(c: YearCounts): string[] {
  return c.years.map(([y]) => y);
}

