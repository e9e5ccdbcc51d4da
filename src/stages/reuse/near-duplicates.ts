/** @module reuse/near-duplicates — whole-document copies: equal content hashes, then MinHash-LSH candidates verified exactly. */
import { lshCandidatePairs } from '../../lib/hash/lsh.ts';
import { jaccard } from '../../lib/hash/shingle.ts';
import type { Fingerprint } from './fingerprint.ts';
import type { ReuseOptions } from './defaults.ts';

export interface DuplicatePair { i: number; j: number; similarity: number }

/** Pairs (i < j) of documents that are the same text (similarity 1) or near-copies (exact shingle Jaccard ≥ threshold). */
export function nearDuplicates(prints: Fingerprint[], opts: ReuseOptions): DuplicatePair[] {
  const out: DuplicatePair[] = [];
  const seen = new Set<number>();
  const n = prints.length;
  // Exact copies (up to white space, case, punctuation): chain each to the first of its hash.
  const firstOf = new Map<number, number>();
  prints.forEach((p, d) => {
    if (p.exact === 0) return;
    const first = firstOf.get(p.exact);
    if (first === undefined) { firstOf.set(p.exact, d); return; }
    seen.add(first * n + d);
    out.push({ i: first, j: d, similarity: 1 });
  });
  const rows = Math.max(1, Math.floor(opts.minhashSize / opts.lshBands));
  const withShingles = prints.map((p, d) => [p, d] as const).filter(([p]) => p.shingles.length > 0);
  const sigs = withShingles.map(([p]) => p.minhash);
  for (const [x, y] of lshCandidatePairs(sigs, opts.lshBands, rows)) {
    const i = withShingles[x]![1];
    const j = withShingles[y]![1];
    if (seen.has(i * n + j)) continue;
    if (prints[i]!.exact !== 0 && prints[i]!.exact === prints[j]!.exact) continue;
    const similarity = jaccard(prints[i]!.shingles, prints[j]!.shingles);
    if (similarity >= opts.nearDuplicateThreshold) out.push({ i, j, similarity });
  }
  return out;
}
