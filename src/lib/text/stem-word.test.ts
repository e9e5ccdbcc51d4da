import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stemWord } from './stem-word.ts';

describe('stemWord', () => {
  it('brings the inflected forms of a verb to one key', () => {
    const keys = new Set(['vote', 'votes', 'voted', 'voting'].map(stemWord));
    assert.equal(keys.size, 1);
  });
  it('brings plurals to their singular key', () => {
    assert.equal(stemWord('launches'), stemWord('launch'));
    assert.equal(stemWord('sanctions'), stemWord('sanction'));
    assert.equal(stemWord('allies'), stemWord('ally'));
  });
  it('drops the possessive', () => {
    assert.equal(stemWord("Russia's"), stemWord('Russia'));
  });
  it('keeps short words and numbers untouched', () => {
    assert.equal(stemWord('UN'), 'un');
    assert.equal(stemWord('2017s'), '2017s');
  });
  it('never makes a word longer', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z']{1,14}$/), (w) => stemWord(w).length <= w.length));
  });
});
