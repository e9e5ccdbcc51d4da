import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PairCounts } from './candidates.ts';

describe('PairCounts', () => {
  it('counts like one Map, in first-seen order, when its keys spill over into further Maps', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300 }), fc.integer({ min: 1, max: 8 }), (keys, limit) => {
      const small = new PairCounts(limit);
      const plain = new Map<number, number>();
      for (const k of keys) { small.add(k); plain.set(k, (plain.get(k) ?? 0) + 1); }
      assert.deepEqual([...small.entries()], [...plain]);
    }));
  });
});
