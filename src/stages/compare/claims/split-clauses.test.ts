import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './split-clauses.ts';

const pieces = (text: string) => splitClauses(text, { start: 0, end: text.length }, 5).map((s) => text.slice(s.start, s.end));

describe('splitClauses', () => {
  it('splits a sentence at a semicolon into two claims', () => {
    assert.deepEqual(pieces('The council approved the budget on Monday; the mayor vetoed it two days later.'), ['The council approved the budget on Monday', 'the mayor vetoed it two days later.']);
  });
  it('splits before ", while" when both sides are full clauses', () => {
    assert.equal(pieces('Exports rose 4% in March from a year earlier, while imports fell 2% as demand for fuel weakened.').length, 2);
  });
  it('keeps a short clause joined to its neighbour', () => {
    assert.equal(pieces('Prices rose; sharply so, officials in the capital said on Friday.').length, 1);
  });
  it('does not split inside a quotation', () => {
    assert.equal(pieces('"We will rebuild the bridge; we will not abandon the valley or its people," the governor said on Sunday.').length, 1);
  });
});
