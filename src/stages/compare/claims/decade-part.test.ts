import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decadePart } from './decade-part.ts';

describe('decadePart', () => {
  it('narrows the early, mid and late parts of a decade', () => {
    assert.deepEqual(decadePart('the mid-2020s'), { earliest: '2024-01-01', latest: '2026-12-31' });
    assert.deepEqual(decadePart('in the early 1990s'), { earliest: '1990-01-01', latest: '1993-12-31' });
    assert.deepEqual(decadePart('the late 1800s'), null);
    assert.deepEqual(decadePart('Late 2030s'), { earliest: '2037-01-01', latest: '2039-12-31' });
  });
  it('leaves a whole decade or a year alone', () => {
    assert.equal(decadePart('the 2020s'), null);
    assert.equal(decadePart('2023'), null);
  });
});
