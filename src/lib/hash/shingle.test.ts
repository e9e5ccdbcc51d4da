import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jaccard, shingleHashes, shingleSet } from './shingle.ts';

const tokens = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 });

describe('shingleHashes', () => {
  it('is order-stable: the shingles of a prefix are a prefix of the shingles', () => {
    fc.assert(fc.property(tokens, fc.nat(60), fc.integer({ min: 1, max: 5 }), (t, cut, n) => {
      const whole = shingleHashes(t, n);
      const prefix = shingleHashes(t.slice(0, cut), n);
      assert.deepEqual([...prefix], [...whole.slice(0, prefix.length)]);
    }));
  });

  it('gives equal hashes exactly where the word runs are equal (no collisions on small inputs)', () => {
    fc.assert(fc.property(tokens, (t) => {
      const s = shingleHashes(t, 3);
      for (let i = 0; i < s.length; i++) for (let j = 0; j < s.length; j++) {
        assert.equal(s[i] === s[j], t.slice(i, i + 3).join() === t.slice(j, j + 3).join());
      }
    }), { numRuns: 50 });
  });

  it('gives no shingles for fewer words than the shingle size', () => assert.equal(shingleHashes([1, 2], 3).length, 0));
});

describe('jaccard', () => {
  it('is 1 for a set with itself, symmetric, and within [0, 1]', () => {
    fc.assert(fc.property(tokens, tokens, (x, y) => {
      const a = shingleSet(shingleHashes(x, 2));
      const b = shingleSet(shingleHashes(y, 2));
      if (a.length) assert.equal(jaccard(a, a), 1);
      assert.equal(jaccard(a, b), jaccard(b, a));
      assert.ok(jaccard(a, b) >= 0 && jaccard(a, b) <= 1);
    }));
  });
});
