import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { numberBounds, disjoint } from './number-bounds.ts';

describe('numberBounds', () => {
  it('reads "less than 10" as below ten, which 15 contradicts', () => {
    assert.ok(disjoint(numberBounds(10, 'deliberated for less than ', 0.1), numberBounds(15, 'the jury took just ', 0.1)));
  });
  it('lets "nearly $449,000" agree with "$448,500"', () => {
    assert.ok(!disjoint(numberBounds(449000, 'paid the agency nearly ', 0.1), numberBounds(448500, 'cost ', 0.1)));
  });
  it('lets "up to 8" agree with 6.5 but not "more than 8"', () => {
    assert.ok(!disjoint(numberBounds(8, 'worth up to ', 0.1), numberBounds(6.5, '', 0.1)));
    assert.ok(disjoint(numberBounds(8, 'more than ', 0.1), numberBounds(6.5, '', 0.1)));
  });
  it('keeps an unhedged number exact', () => {
    assert.deepEqual(numberBounds(13, 'the ', 0.1), { low: 13, high: 13, hedge: null });
  });
  it('always contains an unhedged or "about" value within its own interval', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom('', 'about ', 'roughly ', 'some '), (v, h) => {
      const b = numberBounds(v, h, 0.1);
      return b.low <= v && v <= b.high;
    }));
  });
  it('treats disjointness as symmetric', () => {
    const iv = fc.tuple(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 })).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
    fc.assert(fc.property(iv, iv, (a, b) => disjoint(a, b) === disjoint(b, a)));
  });
});
