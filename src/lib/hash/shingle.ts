/** @module shingle — word n-gram shingles as 32-bit hashes, in text order. */
import { mix32 } from './string-hash.ts';

/**
 * The hash of every run of `n` consecutive token hashes, in order: result[i] covers tokens i..i+n-1.
 * Fewer than `n` tokens give no shingles. Order-stable: the shingles of a prefix are a prefix of the shingles.
 */
export function shingleHashes(tokenHashes: ArrayLike<number>, n: number): Uint32Array {
  const count = Math.max(0, tokenHashes.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = n;
    for (let k = 0; k < n; k++) h = mix32(h, tokenHashes[i + k]!);
    out[i] = h;
  }
  return out;
}

/** Distinct shingle hashes, sorted ascending (the set a document is compared by). */
export function shingleSet(shingles: Uint32Array): Uint32Array {
  if (shingles.length === 0) return new Uint32Array(0);
  const sorted = Uint32Array.from(shingles).sort();
  let w = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[w - 1]) sorted[w++] = sorted[i]!;
  return sorted.slice(0, w);
}

/** Jaccard similarity of two sorted distinct hash sets (exact, linear merge). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { shared++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return shared / (a.length + b.length - shared);
}
