import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords } from './count-words.ts';

describe('countWords', () => {
  it('counts words in news text, with accents, digits and typographic punctuation', () => {
    assert.equal(countWords('China’s UN Ambassador — Zhang Jun — said 13 members voted.'), 10); // "China’s" is two runs, as [\p{L}\p{N}]+ counts it
    assert.equal(countWords('Élections à Montréal : le député sortant réélu'), 7);
  });

  it('counts CJK characters as half words', () => {
    assert.equal(countWords('政府星期四表示'), 4);
  });

  it('agrees with a Unicode word regex on ASCII text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const ascii = s.replace(/[^\x20-\x7e]/g, ' ');
      assert.equal(countWords(ascii), (ascii.match(/[A-Za-z0-9]+/g) ?? []).length);
    }));
  });
});
