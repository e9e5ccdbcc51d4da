/** @module reuse/seed-chains — shared k-word seeds between two documents, chained into candidate regions. */
import { shingleHashes } from '../../lib/hash/shingle.ts';
import type { BodyTokens } from './body-tokens.ts';

/** An exact diagonal run of shared words: a[a0+t] matches b[b0+t] for t < length. */
export interface Run { a0: number; b0: number; length: number }

/** Runs chained in order, each within `maxGap` words of the previous on both sides. */
export interface Chain { runs: Run[]; a1: number; b1: number }

/**
 * A document's k-word seeds and where each starts (at most `maxRepeats` positions per seed, the first ones),
 * as an open-addressing hash table in typed arrays: looked up once per word of every document it is
 * paired with, so no Map of boxed hashes and per-seed arrays.
 */
interface Seeds {
  k: number;
  maxRepeats: number;
  shingles: Uint32Array;
  mask: number;
  /** Per slot: the seed hash, where its positions start in `positions` (-1: empty slot), and how many. */
  keys: Uint32Array;
  starts: Int32Array;
  counts: Int32Array;
  positions: Int32Array;
}

// A document meets many others in a story; its seeds are hashed and indexed once, not once per pair.
const SEEDS = new WeakMap<BodyTokens, Seeds>();

// Seed hashes are already mixed (mix32): folding the high half in spreads them over the slots.
const slotOf = (h: number, mask: number) => (h ^ (h >>> 16)) & mask;

function seedsOf(doc: BodyTokens, k: number, maxRepeats: number): Seeds {
  const cached = SEEDS.get(doc);
  if (cached && cached.k === k && cached.maxRepeats === maxRepeats) return cached;
  const shingles = shingleHashes(doc.keys, k);
  let size = 2;
  while (size < 2 * shingles.length) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const starts = new Int32Array(size).fill(-1);
  const counts = new Int32Array(size);
  const slots = new Int32Array(shingles.length);
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i]!;
    let s = slotOf(h, mask);
    while (starts[s] !== -1 && keys[s] !== h) s = (s + 1) & mask;
    if (starts[s] === -1) { starts[s] = 0; keys[s] = h; }
    if (counts[s]! < maxRepeats) counts[s]!++;
    slots[i] = s;
  }
  let total = 0;
  for (let s = 0; s < size; s++) if (starts[s] !== -1) { starts[s] = total; total += counts[s]!; }
  const positions = new Int32Array(total);
  const filled = new Int32Array(size);
  for (let i = 0; i < shingles.length; i++) {
    const s = slots[i]!;
    if (filled[s]! < counts[s]!) positions[starts[s]! + filled[s]!++] = i;
  }
  const seeds = { k, maxRepeats, shingles, mask, keys, starts, counts, positions };
  SEEDS.set(doc, seeds);
  return seeds;
}

/** Exact shared runs of at least `k` words (every seed k-gram shared, at most `maxRepeats` positions per k-gram in `a`). */
export function sharedRuns(a: BodyTokens, b: BodyTokens, k: number, maxRepeats: number): Run[] {
  const { mask, keys, starts, counts, positions } = seedsOf(a, k, maxRepeats);
  const sb = seedsOf(b, k, maxRepeats).shingles;
  // Seeds arrive by increasing j; a seed continues the open run on its diagonal when it directly follows it.
  // Open runs by diagonal j - i, offset to index an array.
  const offset = a.keys.length;
  const open: (Run | undefined)[] = new Array(a.keys.length + b.keys.length + 1);
  const runs: Run[] = [];
  for (let j = 0; j < sb.length; j++) {
    const h = sb[j]!;
    let s = slotOf(h, mask);
    while (starts[s] !== -1 && keys[s] !== h) s = (s + 1) & mask;
    if (starts[s] === -1) continue;
    for (let t = starts[s]!, end = t + counts[s]!; t < end; t++) {
      const i = positions[t]!;
      if (!sameWords(a.keys, b.keys, i, j, k)) continue; // hash collision
      const diag = j - i + offset;
      const run = open[diag];
      if (run && run.a0 + run.length - k + 1 === i) run.length++;
      else {
        const fresh = { a0: i, b0: j, length: k };
        open[diag] = fresh;
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
      const list = buckets.get(bucketOf(best, width))!;
      list.splice(list.indexOf(best), 1);
      best.runs.push(r);
      best.a1 = Math.max(best.a1, r.a0 + r.length);
      best.b1 = Math.max(best.b1, r.b0 + r.length);
      place(buckets, best, width);
    } else {
      const c = { runs: [r], a1: r.a0 + r.length, b1: r.b0 + r.length };
      chains.push(c);
      place(buckets, c, width);
    }
  }
  return chains;
}

// Module functions, not closures: under tsx a named closure costs a __name call each time chainRuns runs (once per pair).
const bucketOf = (c: Chain, width: number) => Math.floor(c.b1 / width);
function place(buckets: Map<number, Chain[]>, c: Chain, width: number): void {
  const key = bucketOf(c, width);
  const list = buckets.get(key);
  if (list) list.push(c);
  else buckets.set(key, [c]);
}
