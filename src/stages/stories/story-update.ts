/** @module stories/story-update — how a story changes when a document joins, or another story is merged in. */
import type { MemberVector, StoryRecord } from './story-record.ts';
import type { TermStats } from './term-stats.ts';
import type { DayRange } from './story-time.ts';
import { addYears, countYears } from './story-years.ts';

/** Keep the first half of `cap` members, then the most recent: enough to see whether a story drifted. */
export function keepSample(members: MemberVector[], m: MemberVector, cap: number): void {
  if (members.length >= cap) members.splice(cap >> 1, 1);
  members.push(m);
}

/** What one joining document brings. */
export interface Joiner {
  member: MemberVector;
  /** The member's unit vector (same terms as member.terms). */
  unit: ReadonlyMap<string, number>;
  surface: ReadonlyMap<string, string>;
  days: DayRange | null;
  outlet: string | null;
  headline: string | null;
}

/**
 * Add a document to a story. With `stats`, a cached centroid length is updated in place (the joiner's few
 * words, not the whole centroid, get their idf looked up): scoring the story next costs no recomputation.
 */
export function addMember(s: StoryRecord, j: Joiner, sampleCap: number, titleCap: number, stats?: TermStats): void {
  s.docIds.push(j.member.docId);
  // Only while the collection has grown less than 1% since the length was computed: idf has barely moved.
  let sq = stats && s.norm > 0 && stats.n <= s.normN * 1.01 ? s.norm * s.norm : -1;
  for (const [t, u] of j.unit) {
    const c = s.centroid.get(t) ?? 0;
    s.centroid.set(t, c + u);
    if (sq >= 0) { const idf = stats!.idf(t); sq += (2 * c * u + u * u) * idf * idf; }
    if (!s.surface.has(t)) { const w = j.surface.get(t); if (w) s.surface.set(t, w); }
  }
  if (j.days) {
    s.start = s.start === null ? j.days.lo : Math.min(s.start, j.days.lo);
    s.end = s.end === null ? j.days.hi : Math.max(s.end, j.days.hi);
  }
  if (j.outlet) s.outlets.set(j.outlet, (s.outlets.get(j.outlet) ?? 0) + 1);
  if (j.headline && s.titles.length < titleCap && !s.titles.includes(j.headline)) s.titles.push(j.headline);
  countYears(s, j.member.years);
  s.lastArrival = j.member.arrival;
  keepSample(s.members, j.member, sampleCap);
  s.norm = sq > 0 ? Math.sqrt(sq) : 0;
}

/** Features ranked by idf-weighted centroid weight (ties by name, so the order is reproducible). */
export function rankedTerms(s: StoryRecord, stats: TermStats): [string, number][] {
  return [...s.centroid].map(([t, c]) => [t, c * stats.idf(t)] as [string, number]).sort(byWeight);
}

const byWeight = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

/**
 * The first `k` of `rankedTerms`, in the same order, without sorting the whole centroid: a bounded
 * insertion list, since k (the index words) is small next to the centroid and this runs on many joins.
 */
export function topTerms(s: StoryRecord, stats: TermStats, k: number): [string, number][] {
  const top: [string, number][] = [];
  for (const [t, c] of s.centroid) {
    const e: [string, number] = [t, c * stats.idf(t)];
    if (top.length === k && byWeight(e, top[k - 1]!) >= 0) continue;
    let i = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(e);
    while (i > 0 && byWeight(e, top[i - 1]!) < 0) { top[i] = top[i - 1]!; i--; }
    top[i] = e;
  }
  return top;
}

/** Drop the weakest centroid features once there are twice `max`; the surface forms go with them. */
export function pruneCentroid(s: StoryRecord, stats: TermStats, max: number): void {
  if (s.centroid.size <= 2 * max) return;
  const keep = rankedTerms(s, stats).slice(0, max);
  s.centroid = new Map(keep.map(([t]) => [t, s.centroid.get(t)!]));
  for (const t of [...s.surface.keys()]) if (!s.centroid.has(t)) s.surface.delete(t);
  s.norm = 0;
}

/** Merge `from` into `into`: members, centroid, dates, outlets, titles; `from` is left empty. */
export function absorbStory(into: StoryRecord, from: StoryRecord, sampleCap: number, titleCap: number): void {
  into.docIds.push(...from.docIds);
  for (const [t, c] of from.centroid) into.centroid.set(t, (into.centroid.get(t) ?? 0) + c);
  for (const [t, w] of from.surface) if (!into.surface.has(t)) into.surface.set(t, w);
  if (from.start !== null) into.start = into.start === null ? from.start : Math.min(into.start, from.start);
  if (from.end !== null) into.end = into.end === null ? from.end : Math.max(into.end, from.end);
  for (const [o, n] of from.outlets) into.outlets.set(o, (into.outlets.get(o) ?? 0) + n);
  for (const t of from.titles) if (into.titles.length < titleCap && !into.titles.includes(t)) into.titles.push(t);
  into.lastArrival = Math.max(into.lastArrival, from.lastArrival);
  addYears(into, from);
  const all = [...into.members, ...from.members].sort((a, b) => a.arrival - b.arrival);
  const half = sampleCap >> 1;
  into.members = all.length <= sampleCap ? all : [...all.slice(0, half), ...all.slice(all.length - (sampleCap - half))];
  into.mergedFrom.push(from.id, ...from.mergedFrom);
  into.norm = 0;
  from.docIds = [];
  from.centroid = new Map();
  from.members = [];
}
