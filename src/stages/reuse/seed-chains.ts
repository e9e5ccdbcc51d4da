/** @module reuse/seed-chains — shared k-word seeds between two documents, chained into candidate regions. */
import { shingleHashes } from '../../lib/hash/shingle.ts';
import type { BodyTokens } from './body-tokens.ts';

/** An exact diagonal run of shared words: a[a0+t] matches b[b0+t] for t < length. */
export interface Run { a0: number; b0: number; length: number }

/** Runs chained in order, each within `maxGap` words of the previous on both sides. */
export interface Chain { runs: Run[]; a1: number; b1: number }

/** A document's k-word seeds and where each starts (at most `maxRepeats` positions per seed). */
interface Seeds { k: number; maxRepeats: number; shingles: Uint32Array; index: Map<number, number[]> }

// A document meets many others in a story; its seeds are hashed and indexed once, not once per pair.
const SEEDS = new WeakMap<BodyTokens, Seeds>();

function seedsOf(doc: BodyTokens, k: number, maxRepeats: number): Seeds {
  const cached = SEEDS.get(doc);
  if (cached && cached.k === k && cached.maxRepeats === maxRepeats) return cached;
  const shingles = shingleHashes(doc.keys, k);
  const index = new Map<number, number[]>();
  for (let i = 0; i < shingles.length; i++) {
    const list = index.get(shingles[i]!);
    if (!list) index.set(shingles[i]!, [i]);
    else if (list.length < maxRepeats) list.push(i);
  }
  const seeds = { k, maxRepeats, shingles, index };
  SEEDS.set(doc, seeds);
  return seeds;
}

/** Exact shared runs of at least `k` words (every seed k-gram shared, at most `maxRepeats` positions per k-gram in `a`). */
export function sharedRuns(a: BodyTokens, b: BodyTokens, k: number, maxRepeats: number): Run[] {
  const { index } = seedsOf(a, k, maxRepeats);
  const sb = seedsOf(b, k, maxRepeats).shingles;
  // Seeds arrive by increasing j; a seed continues the open run on its diagonal when it directly follows it.
  const open = new Map<number, Run>();
  const runs: Run[] = [];
  for (let j = 0; j < sb.length; j++) {
    const list = index.get(sb[j]!);
    if (!list) continue;
    for (const i of list) {
      if (!sameWords(a.keys, b.keys, i, j, k)) continue; // hash collision
      const diag = j - i;
      const run = open.get(diag);
      if (run && run.a0 + run.length - k + 1 === i) run.length++;
      else {
        const fresh = { a0: i, b0: j, length: k };
        open.set(diag, fresh);
        runs.push(fresh);
      }
    }
  }
  return runs;
}

function sameWords(ka: Uint32Array, kb: Uint32Array, i: number, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (ka[i + t] !== kb[j + t]) return false;
  return true;
}

/**
 * Chain runs that follow each other in both documents with at most `maxGap` words between them
 * (an inserted sentence, a reworded phrase). Runs out of order (reordered paragraphs) start new chains.
 */
export function chainRuns(runs: Run[], k: number, maxGap: number): Chain[] {
  const sorted = [...runs].sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  const chains: Chain[] = [];
  // Open chains bucketed by where they end in b, so a run only looks at chains ending near its own start
  // (a document repeating itself makes thousands of open chains; scanning them all would be quadratic).
  const width = maxGap + k;
  const buckets = new Map<number, Chain[]>();
  const bucketOf = (c: Chain) => Math.floor(c.b1 / width);
  const place = (c: Chain) => { const key = bucketOf(c); const list = buckets.get(key); if (list) list.push(c); else buckets.set(key, [c]); };
  for (const r of sorted) {
    let best: Chain | null = null;
    let bestGap = Infinity;
    const home = Math.floor(r.b0 / width);
    for (let key = home - 1; key <= home + 1; key++) {
      const list = buckets.get(key);
      if (!list) continue;
      for (let x = list.length - 1; x >= 0; x--) {
        const c = list[x]!;
        if (c.a1 < r.a0 - maxGap) { list.splice(x, 1); continue; } // can no longer be extended
        const ga = r.a0 - c.a1;
        const gb = r.b0 - c.b1;
        if (ga < -(k - 1) || gb < -(k - 1) || ga > maxGap || gb > maxGap) continue;
        const gap = Math.abs(ga) + Math.abs(gb);
        if (gap < bestGap) { best = c; bestGap = gap; }
      }
    }
    if (best) {
      const list = buckets.get(bucketOf(best))!;
      list.splice(list.indexOf(best), 1);
      best.runs.push(r);
      best.a1 = Math.max(best.a1, r.a0 + r.length);
      best.b1 = Math.max(best.b1, r.b0 + r.length);
      place(best);
    } else {
      const c = { runs: [r], a1: r.a0 + r.length, b1: r.b0 + r.length };
      chains.push(c);
      place(c);
    }
  }
  return chains;
}
