/**
 * @module stories/similarity — idf-weighted cosine between documents and story centroids.
 * Names and numbers are features of their own (NAME_PREFIX) in the same space as the words, so a shared
 * name counts twice: once as a word, once as a name. (Scoring names as a separate space blended with the
 * words was tried and did worse on both eval sets; see docs/benchmarks/stories.md.)
 */
import type { TermStats } from './term-stats.ts';
import type { StoryRecord } from './story-record.ts';

/** Idf-weight a raw vector and scale it to unit length. */
export function unitVector(raw: Iterable<readonly [string, number]>, stats: TermStats): Map<string, number> {
  const out = new Map<string, number>();
  let n = 0;
  for (const [t, w] of raw) {
    const x = w * stats.idf(t);
    out.set(t, x);
    n += x * x;
  }
  n = Math.sqrt(n) || 1;
  for (const [t, x] of out) out.set(t, x / n);
  return out;
}

/** Length of the idf-weighted centroid, recomputed when the story changed or the collection grew by 10%. */
export function storyNorm(s: StoryRecord, stats: TermStats): number {
  if (s.norm > 0 && stats.n <= s.normN * 1.1) return s.norm;
  let sum = 0;
  for (const [t, c] of s.centroid) {
    const x = c * stats.idf(t);
    sum += x * x;
  }
  s.norm = Math.sqrt(sum) || 1e-12;
  s.normN = stats.n;
  return s.norm;
}

/**
 * Cosine of a query with a story's centroid. `qIdf` is the unit, idf-weighted query vector multiplied by
 * idf once more (the centroid is kept before idf), so scoring many candidates looks idf up once per word.
 */
export function scoreToStory(qIdf: ReadonlyMap<string, number>, s: StoryRecord, stats: TermStats): number {
  let dot = 0;
  for (const [t, x] of qIdf) {
    const c = s.centroid.get(t);
    if (c !== undefined) dot += x * c;
  }
  return dot / storyNorm(s, stats);
}

/** Cosine of two stories' centroids. */
export function scoreStories(a: StoryRecord, b: StoryRecord, stats: TermStats): number {
  const [small, large] = a.centroid.size <= b.centroid.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, c] of small.centroid) {
    const d = large.centroid.get(t);
    if (d === undefined) continue;
    const idf = stats.idf(t);
    dot += c * d * idf * idf;
  }
  return dot / (storyNorm(a, stats) * storyNorm(b, stats));
}

/** Cosine of two raw vectors under idf (member vectors during split checks, headlines against a centroid). */
export function scoreRaw(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, stats: TermStats): number {
  const va = unitVector(a, stats);
  const vb = unitVector(b, stats);
  let dot = 0;
  for (const [t, x] of va) dot += x * (vb.get(t) ?? 0);
  return dot;
}
