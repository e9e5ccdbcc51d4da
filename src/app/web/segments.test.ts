import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentText } from './segments.ts';

describe('segmentText', () => {
  it('cuts at every boundary and marks the reused stretch', () => {
    const segs = segmentText(20, [{ start: 2, end: 5 }], [{ start: 4, end: 10 }]);
    assert.deepEqual(segs.map((s) => [s.start, s.end, s.reuse]), [[0, 2, -1], [2, 4, -1], [4, 5, 0], [5, 10, 0], [10, 20, -1]]);
  });

  it('tiles the text exactly, whatever the ranges (property)', () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(fc.property(fc.integer({ min: 1, max: 50 }), fc.array(range), fc.array(range), (len, cuts, reuse) => {
      const segs = segmentText(len, cuts, reuse);
      assert.equal(segs[0]!.start, 0);
      assert.equal(segs.at(-1)!.end, len);
      for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.start, segs[i - 1]!.end);
      for (const s of segs) if (s.reuse >= 0) { const r = reuse[s.reuse]!; assert.ok(r.start <= s.start && s.end <= r.end); }
    }));
  });
});
