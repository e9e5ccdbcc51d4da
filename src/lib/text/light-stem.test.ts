import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lightStem } from './light-stem.ts';

describe('lightStem', () => {
  it('folds plurals and possessives to one form', () => {
    assert.equal(lightStem('reports'), 'report');
    assert.equal(lightStem('companies'), 'company');
    assert.equal(lightStem("reid's"), 'reid');
    assert.equal(lightStem('churches'), 'church');
  });

  it('leaves words that only look plural alone', () => {
    for (const w of ['bus', 'crisis', 'glass', 'famous', 'status', 'gas']) assert.equal(lightStem(w), w);
  });

  it('is idempotent: a stem stems to itself', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z']{1,12}$/), (w) => lightStem(lightStem(w)) === lightStem(w)));
  });
});
