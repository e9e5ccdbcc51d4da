import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCutCopies } from './find-cut-copies.ts';

describe('findCutCopies', () => {
  const full = 'Police in the northern city arrested 14 people on Saturday after clashes between rival fans outside the stadium, a spokesman said.';

  it('finds a teaser cut mid-sentence before the full paragraph, even with a word added in the full one', () => {
    const teaser = 'Police in the northern city arrested 14 people after clashes between rival fans outside';
    assert.deepEqual(findCutCopies([teaser, 'Other text here.', full], 8, 0.85), [{ index: 0, of: 2, exact: false }]);
  });

  it('marks the later of two identical paragraphs as the repeat', () => {
    assert.deepEqual(findCutCopies([full, full], 8, 0.85), [{ index: 1, of: 0, exact: true }]);
  });

  it('leaves paragraphs that merely start alike', () => {
    const other = 'Police in the northern city said on Sunday that the stadium would stay closed for two weeks while an inquiry runs.';
    assert.deepEqual(findCutCopies(['Police in the northern city arrested 14 people', other], 8, 0.85), []);
    assert.deepEqual(findCutCopies([full.slice(0, 60), other], 8, 0.85), []);
  });
});
