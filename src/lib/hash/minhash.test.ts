import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { estimateJaccard, minhashSalts, minhashSignature } from './minhash.ts';
import { lshCandidatePairs } from './lsh.ts';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('minhash and lsh', () => {
  const salts = minhashSalts(128);
  it('estimates Jaccard within a few points', () => {
    const a = minhashSignature(range(0, 1000), salts);
    const b = minhashSignature(range(250, 1250), salts); // true Jaccard 750/1250 = 0.6
    assert.ok(Math.abs(estimateJaccard(a, b) - 0.6) < 0.12);
    assert.equal(estimateJaccard(a, a), 1);
  });

  it('pairs near-identical sets and leaves disjoint ones apart', () => {
    const s = minhashSalts(64);
    const sigs = [range(0, 500), range(5, 505), range(10_000, 10_500)].map((x) => minhashSignature(x, s));
    assert.deepEqual(lshCandidatePairs(sigs, 16, 4), [[0, 1]]);
  });
});
