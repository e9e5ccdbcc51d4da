import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scoreClusters } from './stories-metrics.ts';

const m = (pairs: [string, string][]) => new Map(pairs);

describe('cluster scores', () => {
  it('scores a perfect clustering 1 everywhere, whatever the cluster names', () => {
    const gold = m([['a', 'X'], ['b', 'X'], ['c', 'Y']]);
    const s = scoreClusters(m([['a', '1'], ['b', '1'], ['c', '2']]), gold);
    assert.deepEqual(s, { bcubedP: 1, bcubedR: 1, bcubedF1: 1, pairwiseP: 1, pairwiseR: 1, pairwiseF1: 1 });
  });

  it('computes B-cubed by hand on a small case', () => {
    // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
    const s = scoreClusters(m([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]), m([['a', 'X'], ['b', 'X'], ['c', 'X'], ['d', 'Y']]));
    assert.equal(s.bcubedP, (1 + 1 + 0.5 + 0.5) / 4);
    assert.equal(s.bcubedR, (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
    assert.equal(s.pairwiseP, 1 / 2);
    assert.equal(s.pairwiseR, 1 / 3);
  });
});
