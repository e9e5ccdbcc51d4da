import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCardinal, parseOrdinal } from './number-words.ts';

const UNDER_20 = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const words = (n: number): string => n < 20 ? UNDER_20[n]! : n < 100 ? `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${UNDER_20[n % 10]}` : ''}`
  : `${UNDER_20[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${words(n % 100)}` : ''}`;

describe('number-words', () => {
  it('reads every number below a thousand written in words (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), (n) => assert.equal(parseCardinal(words(n)), n)));
  });

  it('reads scales, dozens and digits with scale words', () => {
    assert.equal(parseCardinal('three thousand two hundred'), 3200);
    assert.equal(parseCardinal('1.5 million'), 1_500_000);
    assert.equal(parseCardinal('a dozen'), 12);
    assert.equal(parseCardinal('sixteen'), 16);
    assert.equal(parseCardinal('blue'), null);
  });

  it('reads ordinals in words and digits', () => {
    assert.equal(parseOrdinal('third'), 3);
    assert.equal(parseOrdinal('twenty-first'), 21);
    assert.equal(parseOrdinal('23rd'), 23);
    assert.equal(parseOrdinal('fortieth'), 40);
    assert.equal(parseOrdinal('blue'), null);
  });
});
