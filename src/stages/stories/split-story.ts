/** @module stories/split-story — find whether a story has drifted into two events. */
import type { MemberVector, StoryRecord } from './story-record.ts';
import type { TermStats } from './term-stats.ts';
import type { StoryOptions } from './defaults.ts';
import { unitVector } from './similarity.ts';

export interface SplitPlan {
  /** Sampled members that leave, with the first of them (lowest arrival) naming the new story. */
  move: MemberVector[];
  /** Cosine between the two halves' centroids. */
  similarity: number;
}

type Vec = Map<string, number>;

const dot = (a: Vec, b: Vec) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [t, x] of small) { const y = large.get(t); if (y !== undefined) d += x * y; }
  return d;
};

/** Sum of unit vectors, scaled to unit length. */
function centroid(vs: Vec[]): Vec {
  const c = new Map<string, number>();
  for (const v of vs) for (const [t, x] of v) c.set(t, (c.get(t) ?? 0) + x);
  const n = Math.sqrt([...c.values()].reduce((s, x) => s + x * x, 0)) || 1;
  for (const [t, x] of c) c.set(t, x / n);
  return c;
}

const meanTerms = (ms: readonly MemberVector[]) => ms.reduce((sum, m) => sum + m.terms.length, 0) / Math.max(1, ms.length);

/** Whether the kept members are full articles on average: `splitRatioMinTerms` words kept or more. */
function articleSized(ms: readonly MemberVector[], opts: StoryOptions): boolean {
  return meanTerms(ms) >= opts.splitRatioMinTerms;
}

/** Whether two groups of members are alike in length (a headline group and an article group are not). */
function alikeInLength(a: readonly MemberVector[], b: readonly MemberVector[]): boolean {
  const x = meanTerms(a), y = meanTerms(b);
  return Math.min(x, y) >= 0.75 * Math.max(x, y);
}

/** A fixed pseudo-random bit of a document id (FNV-1a, then murmur3's finaliser so that similar ids differ), to halve a story without regard to arrival order. */
function idBit(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 1;
}

/**
 * How alike two arbitrary halves of one story are: the more alike of two halvings, by arrival parity and
 * by a bit of the document id. Either alone can line up with a real partition (two events' reports arriving
 * in turn); both at once hardly ever do.
 */
function halvesLikeness(vecs: Vec[], ms: readonly MemberVector[]): number {
  const byParity = dot(centroid(vecs.filter((_, i) => i % 2 === 0)), centroid(vecs.filter((_, i) => i % 2 === 1)));
  const bits = ms.map((m) => idBit(m.docId));
  const ones = bits.filter(Boolean).length;
  if (ones < 2 || ms.length - ones < 2) return byParity;
  const byId = dot(centroid(vecs.filter((_, i) => bits[i] === 0)), centroid(vecs.filter((_, i) => bits[i] === 1)));
  return Math.max(byParity, byId);
}

/** Two-means seeded with member 0 (always on side A) and member `seed`; returns the sides and halves' centroids. */
function twoMeans(vecs: Vec[], seed: number): { side: boolean[]; a: Vec; b: Vec } {
  let a = vecs[0]!;
  let b = vecs[seed]!;
  let side: boolean[] = [];
  for (let iter = 0; iter < 4; iter++) {
    const A = a, B = b;
    side = vecs.map((v, i) => i !== 0 && (iter === 0 && i === seed ? true : dot(v, B) > dot(v, A)));
    a = centroid(vecs.filter((_, i) => !side[i]));
    b = centroid(vecs.filter((_, i) => side[i]));
  }
  return { side, a, b };
}

/**
 * Two-means over the kept member vectors (idf-weighted, unit length), seeded with the first member and, in
 * turn, each of the `splitSeeds` members least like it (the single least-like member is often an outlier whose
 * half is too small to count); the valid partition with the least alike halves is kept. A split is proposed
 * when the halves' centroids are less alike than `splitThreshold` (or than `splitRatio` × the likeness of two
 * arbitrary halves) and each half holds at least half of `splitMinSize` members and `splitMinShare` of the
 * sample (an outlier or two is no second event). The half holding the first member keeps the story.
 * Members without a kept vector stay where they are. Cost: bounded by the sample size, not the story size.
 */
export function planSplit(s: StoryRecord, stats: TermStats, opts: StoryOptions): SplitPlan | null {
  const ms = s.members;
  if (ms.length < opts.splitMinSize * 2) return null;
  const vecs = ms.map((m) => unitVector(m.terms, stats));
  const seeds = vecs.map((v, i) => [i, dot(vecs[0]!, v)] as const).slice(1)
    .sort((x, y) => x[1] - y[1] || x[0] - y[0]).slice(0, Math.max(1, opts.splitSeeds)).map(([i]) => i);
  const minSide = Math.max(2, opts.splitMinSize >> 1, Math.ceil(ms.length * opts.splitMinShare));
  let best: { side: boolean[]; similarity: number } | null = null;
  for (const seed of seeds) {
    const { side, a, b } = twoMeans(vecs, seed);
    const moving = side.filter(Boolean).length;
    if (moving < minSide || ms.length - moving < minSide) continue;
    const similarity = dot(a, b);
    if (!best || similarity < best.similarity) best = { side, similarity };
  }
  if (!best) return null;
  const { side, similarity } = best;
  const moving = ms.filter((_, i) => side[i]);
  if (similarity < opts.splitThreshold) return { move: moving, similarity };
  // Relative test: the two halves against two arbitrary halves (alternate members) of the same story. One
  // event's halves are about as alike as any two halves; two events' halves are much less alike than that.
  // Only for stories of full articles: a few headline words per member make two halves' likeness too noisy to
  // judge; and never along the line between short and long members (headlines and articles of one event).
  if (opts.splitRatio <= 0 || !articleSized(ms, opts) || !alikeInLength(ms.filter((_, i) => !side[i]), moving)) return null;
  return similarity < opts.splitRatio * halvesLikeness(vecs, ms) ? { move: moving, similarity } : null;
}

/**
 * True when merging `a` and `b` would make a story that the relative split test above would split again
 * along the same line: their members' centroids are less alike than `splitRatio` × the likeness of two
 * arbitrary halves of their union. Only for stories of full articles with a few kept members on each side.
 */
export function keepApart(a: StoryRecord, b: StoryRecord, stats: TermStats, opts: StoryOptions): boolean {
  const side = Math.max(2, opts.splitMinSize >> 1);
  if (opts.splitRatio <= 0 || a.members.length < side || b.members.length < side) return false;
  const all = [...a.members, ...b.members];
  if (!articleSized(all, opts) || !alikeInLength(a.members, b.members)) return false;
  const va = a.members.map((m) => unitVector(m.terms, stats));
  const vb = b.members.map((m) => unitVector(m.terms, stats));
  return dot(centroid(va), centroid(vb)) < opts.splitRatio * halvesLikeness([...va, ...vb], all);
}
