/** @module lsh — locality-sensitive hashing by banding MinHash signatures: candidate pairs without comparing all pairs. */
import { mix32 } from './string-hash.ts';

/**
 * Candidate pairs [i, j] (i < j, indexes into `signatures`) that agree on every row of at least one band.
 * With b bands of r rows, a pair of Jaccard s becomes a candidate with probability 1 - (1 - s^r)^b.
 * Buckets larger than `maxBucket` are skipped (a flood of identical sketches is handled by exact hashing upstream).
 */
export function lshCandidatePairs(signatures: Uint32Array[], bands: number, rows: number, maxBucket = 1000): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = signatures.length;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let d = 0; d < n; d++) {
      const sig = signatures[d]!;
      if (sig.length < (band + 1) * rows) continue;
      let h = band;
      for (let r = 0; r < rows; r++) h = mix32(h, sig[band * rows + r]!);
      const bucket = buckets.get(h);
      if (bucket) bucket.push(d);
      else buckets.set(h, [d]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const key = bucket[x]! * n + bucket[y]!;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([bucket[x]!, bucket[y]!]);
        }
      }
    }
  }
  return pairs;
}
