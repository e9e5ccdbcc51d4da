import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lcsPairs } from './lcs-pairs.ts';

const seq = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 25 });

describe('lcsPairs', () => {
  it('returns matching pairs, increasing on both sides', () => {
    fc.assert(fc.property(seq, seq, (a, b) => {
      const pairs = lcsPairs(a, b);
      pairs.forEach(([i, j], k) => {
        assert.equal(a[i], b[j]);
        if (k > 0) { assert.ok(i > pairs[k - 1]![0]); assert.ok(j > pairs[k - 1]![1]); }
      });
    }));
  });

  it('matches a whole sequence against itself, and finds a common subsequence as long as a known one', () => {
    fc.assert(fc.property(seq, seq, seq, (common, x, y) => {
      assert.equal(lcsPairs(common, common).length, common.length);
      const a = [...x, ...common];
      const b = [...common, ...y];
      assert.ok(lcsPairs(a, b).length >= common.length);
    }));
  });
});
