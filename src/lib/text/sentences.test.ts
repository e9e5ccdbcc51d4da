import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSpaceCode, splitSentences } from './sentences.ts';

const texts = (text: string, from?: number, to?: number) => splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at stops before capitals, digits and quotes, and at line breaks, but not after abbreviations', () => {
    assert.deepEqual(texts('Mr. Smith left. He said "yes." 3 more came!\nThen U.S. forces arrived.'), ['Mr. Smith left.', 'He said "yes."', '3 more came!', 'Then U.S. forces arrived.']);
    assert.deepEqual(texts('It rose 2.5 percent. A. Jones said so.'), ['It rose 2.5 percent.', 'A. Jones said so.']);
  });

  it('trims white space of every kind and keeps offsets into the text', () => {
    const text = '\u00a0 One.  Two.\u2003\t';
    assert.deepEqual(texts(text), ['One.', 'Two.']);
    assert.deepEqual(texts('xx Alpha. Beta. yy', 3, 15), ['Alpha.', 'Beta.']);
  });

  it('gives the same frozen split when asked again', () => {
    const text = 'First one. Second one.';
    const a = splitSentences(text, 0, text.length);
    assert.equal(splitSentences(text), a);
    assert.ok(Object.isFrozen(a) && Object.isFrozen(a[0]));
  });
});

describe('isSpaceCode', () => {
  it('is true exactly for the code units /\\s/ matches', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
  });
});
