import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../lib/text/tokenize.ts';
import { findNameRuns } from './proper-names.ts';

function names(text: string): string[] {
  const tokens = tokenize(text);
  return findNameRuns(text, tokens).map((r) => text.slice(tokens[r.from]!.start, tokens[r.to - 1]!.end));
}

describe('proper-name runs', () => {
  it('finds multi-word names and names inside a sentence', () => {
    assert.deepEqual(names('Interior Minister Rosa Valdivia said rescuers reached Acari on Tuesday.'), ['Interior Minister Rosa Valdivia', 'Acari']);
  });

  it('keeps lower-case connectors inside a name', () => {
    assert.deepEqual(names('Shares rose after the Bank of England held rates.'), ['Bank of England']);
  });

  it('does not take the capital of a sentence-opening word for a name', () => {
    assert.deepEqual(names('Rescuers dug through the rubble. Officials said the toll would rise.'), []);
  });

  it('takes only acronyms and inner capitals from a headline in title case', () => {
    assert.deepEqual(names('Apple Releases iOS 7.1 Update With CarPlay For NSA Critics'), ['iOS', 'CarPlay', 'NSA']);
  });

  it('does not count weekdays as names', () => {
    assert.deepEqual(names('The vote was held on Sunday in Ashgabat.'), ['Ashgabat']);
  });
});
