import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RULES, type Rule } from './rules.ts';
import { HintScanner } from './hints.ts';

const oneByOne = (rules: Rule[], text: string) => rules.map((r) => r.hint.test(text));
const rule = (hint: RegExp): Rule => ({ name: hint.source, hint, re: /$^/g, parse: () => null });

describe('HintScanner', () => {
  const scanner = new HintScanner(RULES);

  it('answers as testing every rule hint on its own', () => {
    for (const text of [
      '', 'The council voted on Thursday to extend the mandate.', 'Shares fell 3% in the year-ago quarter, results showed.',
      'In the 1990s and the twentieth century, at 5 p.m. on 2019-11-16 or 12/05/1998, last week of May.',
      'Christmas Day, New Year\'s, over the weekend, until then, two years ago, the year ended Sept. 30.',
      'nineteen ninety-six, mid-morning, every week, daily, that same day, the past decade, this quarter.',
    ]) assert.deepEqual(scanner.passes(text), oneByOne(RULES, text), text);
  });

  it('finds hints that match only where an earlier hint also matches', () => {
    const rules = [rule(/\bweek/i), rule(/\bweek of\b/i), rule(/week/), rule(/\d\/\d/)];
    const s = new HintScanner(rules);
    for (const text of ['the week of May 9', 'weekly', 'a weekend', '1/2', 'Week of', 'midweek']) assert.deepEqual(s.passes(text), oneByOne(rules, text), text);
  });

  it('agrees on arbitrary text built from hint words', () => {
    const words = ['week', 'of', 'the', 'year', '-', 'ago', 'end', 'May', '5', 'p.m.', '1990', 's', 'ties', 'last', 'next', ' ', '\n', ',', 'today', 'quarter'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
      const text = parts.join(parts.length % 2 ? ' ' : '');
      assert.deepEqual(scanner.passes(text), oneByOne(RULES, text));
    }), { numRuns: 500 });
  });
});
