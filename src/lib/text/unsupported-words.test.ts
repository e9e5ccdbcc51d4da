import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unsupportedWords } from './unsupported-words.ts';

const none = new Set<string>();

describe('unsupportedWords', () => {
  it('accepts a sentence copied from its source', () => {
    const src = 'The 13 other members of the Security Council voted for the resolution on Thursday.';
    assert.deepEqual(unsupportedWords(src, [src], none), []);
  });
  it('reports a number the source does not state', () => {
    assert.deepEqual(unsupportedWords('Twelve members voted, 12 in all.', ['Twelve members voted.'], none), ['12']);
  });
  it('reports a content word the source does not contain', () => {
    assert.deepEqual(unsupportedWords('The council condemned the launch.', ['The council discussed the launch.'], none), ['condemned']);
  });
  it('allows connective words from the vocabulary', () => {
    const vocab = new Set(['independent', 'sources', 'report']);
    assert.deepEqual(unsupportedWords('Two independent sources report the vote.', ['The vote was held.'], new Set([...vocab, 'two'])), []);
  });
  it('matches inflected forms and typographic apostrophes', () => {
    assert.deepEqual(unsupportedWords("Russia's vetoes were cast.", ['Russia\u2019s veto was cast'], none), []);
  });
  it('unions several cited sources', () => {
    assert.deepEqual(unsupportedWords('Beijing and Moscow vetoed.', ['Beijing objected.', 'Moscow vetoed it.'], none), []);
  });
  it('treats a number with thousands separators as one word', () => {
    assert.deepEqual(unsupportedWords('A strike by 1,300 workers.', ['A strike by 1,200 workers.'], none), ['1300']);
    assert.deepEqual(unsupportedWords('A strike by 1,200 workers.', ['A strike by 1,200 workers.'], none), []);
  });
  it('ignores function words', () => {
    assert.deepEqual(unsupportedWords('It was the one that they had.', ['one'], none), []);
  });
});
