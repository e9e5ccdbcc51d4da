import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { trimSentence } from './trim-sentence.ts';

describe('trimSentence', () => {
  it('drops a wire dateline and a leading connective', () => {
    assert.equal(trimSentence('MWANZA, Tanzania (Reuters) - A passenger ferry capsized on Thursday.', 40), 'A passenger ferry capsized on Thursday.');
    assert.equal(trimSentence('But officials said the port would reopen.', 40), 'Officials said the port would reopen.');
  });
  it('drops the conjunction of a clause split off a longer sentence, and keeps a sentence that opens with one', () => {
    assert.equal(trimSentence('though he later returned the money after public criticism.', 40), 'He later returned the money after public criticism.');
    assert.equal(trimSentence('While the storm weakened overnight, rain kept falling on the coast.', 40), 'While the storm weakened overnight, rain kept falling on the coast.');
  });
  it('cuts an over-long sentence at a comma and marks the cut', () => {
    const long = 'The council approved the budget on Monday, after a debate that ran late into the night and drew protests from residents of the old town';
    assert.equal(trimSentence(long, 12), 'The council approved the budget on Monday …');
  });
});
