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

/**
 * Two-means over the kept member vectors (idf-weighted, unit length), seeded with the first member and
 * the member least like it. A split is proposed when the halves' centroids are less alike than
 * `splitThreshold` and each half holds at least half of `splitMinSize` members and `splitMinShare` of the
 * sample (an outlier or two is no second event). The half holding the first member keeps the story.
 * Members without a kept vector stay where they are. Cost: bounded by the sample size, not the story size.
 */
export function planSplit(s: StoryRecord, stats: TermStats, opts: StoryOptions): SplitPlan | null {
  const ms = s.members;
  if (ms.length < opts.splitMinSize * 2) return null;
  const vecs = ms.map((m) => unitVector(m.terms, stats));
  let far = 1;
  let farSim = Infinity;
  for (let i = 1; i < vecs.length; i++) {
    const sim = dot(vecs[0]!, vecs[i]!);
    if (sim < farSim) { farSim = sim; far = i; }
  }
  let a = vecs[0]!;
  let b = vecs[far]!;
  let side: boolean[] = [];
  for (let iter = 0; iter < 4; iter++) {
    const A = a, B = b;
    side = vecs.map((v, i) => i !== 0 && (i === far || dot(v, B) > dot(v, A)));
    a = centroid(vecs.filter((_, i) => !side[i]));
    b = centroid(vecs.filter((_, i) => side[i]));
  }
  const moving = ms.filter((_, i) => side[i]);
  const minSide = Math.max(2, opts.splitMinSize >> 1, Math.ceil(ms.length * opts.splitMinShare));
  if (moving.length < minSide || ms.length - moving.length < minSide) return null;
  const similarity = dot(a, b);
  return similarity < opts.splitThreshold ? { move: moving, similarity } : null;
}
