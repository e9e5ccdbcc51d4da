import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitBlocks } from './split-blocks.ts';

describe('splitBlocks', () => {
  it('gives one block per line, trimmed', () => {
    const text = '  Headline here  \n\nFirst paragraph ends here.\nSecond paragraph.\n';
    assert.deepEqual(splitBlocks(text).map((b) => b.text), ['Headline here', 'First paragraph ends here.', 'Second paragraph.']);
  });

  it('joins a line that runs on into a lower-case line', () => {
    const text = 'The minister said the plan would\ncost more than expected.\n\nNext paragraph.';
    assert.deepEqual(splitBlocks(text).map((b) => b.text), ['The minister said the plan would\ncost more than expected.', 'Next paragraph.']);
  });

  it('joins hard-wrapped wire copy even where the next line starts with a capital', () => {
    const text = [
      'WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a stopgap bill that',
      'would fund the federal government through mid-December, sending it to',
      'President Joe Biden for his signature hours before a midnight deadline.',
      '',
      'The measure passed 72-25 after Republican leaders agreed to drop demands',
      'for deeper cuts, according to aides familiar with the negotiations who',
      'asked not to be named.',
    ].join('\n');
    const blocks = splitBlocks(text);
    assert.equal(blocks.length, 2);
    assert.ok(blocks[0]!.text.endsWith('midnight deadline.'));
  });

  it('keeps blocks inside the text, in order, apart, and equal to their slices', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 90 }), fc.constantFrom('\n', '\n\n', '  ', 'a line that runs on', 'Capital line.')), { maxLength: 30 }), (parts) => {
      const text = parts.join('\n');
      let prevEnd = 0;
      for (const b of splitBlocks(text)) {
        assert.ok(prevEnd <= b.start && b.start < b.end && b.end <= text.length);
        assert.equal(b.text, text.slice(b.start, b.end));
        prevEnd = b.end;
      }
    }));
  });
});
