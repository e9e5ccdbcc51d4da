import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spellingKey } from './spelling-key.ts';

describe('spellingKey', () => {
  it('folds case, inner punctuation and UK spellings to one key', () => {
    for (const [x, y] of <[string, string][]>[['U.S.', 'US'], ['non-binding', 'nonbinding'], ['programmes', 'programs'], ['colour', 'color'], ['organised', 'organized'], ['centre', 'center'], ['Defence', 'defense']]) {
      assert.equal(spellingKey(x), spellingKey(y), `${x} = ${y}`);
    }
  });
  it('keeps different words apart', () => {
    for (const [x, y] of <[string, string][]>[['four', 'for'], ['invasion', 'operation'], ['push', 'bid']]) assert.notEqual(spellingKey(x), spellingKey(y));
  });
});
