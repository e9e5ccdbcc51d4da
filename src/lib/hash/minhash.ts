/** @module minhash — MinHash signatures: a fixed-size sketch whose agreement estimates Jaccard similarity. */
import { fmix32 } from './string-hash.ts';

/** The per-permutation salts for `k` hash functions (deterministic from `seed`). */
export function minhashSalts(k: number, seed = 0x9e3779b9): Uint32Array {
  const salts = new Uint32Array(k);
  let s = seed >>> 0;
  for (let i = 0; i < k; i++) {
    s = fmix32((s + 0x9e3779b9) >>> 0);
    salts[i] = s;
  }
  return salts;
}

/**
 * Signature of a set of 32-bit hashes: for each salt, the minimum of fmix(x ^ salt).
 * An empty set gets all-0xFFFFFFFF (never agrees with a real set by chance more than 2^-32 per slot).
 */
export function minhashSignature(set: ArrayLike<number>, salts: Uint32Array): Uint32Array {
  const sig = new Uint32Array(salts.length).fill(0xffffffff);
  for (let i = 0; i < set.length; i++) {
    const x = set[i]!;
    for (let k = 0; k < salts.length; k++) {
      const h = fmix32((x ^ salts[k]!) >>> 0);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** Share of slots where two signatures agree: an unbiased estimate of the sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}
