import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../../../test/fixtures/reuse/article-from-text.ts';
import { findNumbers } from './index.ts';

const numbers = (text: string) => findNumbers(articleFromText(text, { published: '2022-05-27' }))
  .map((n) => ({ text: text.slice(n.span.start, n.span.end), value: n.value, unit: n.unit, what: n.what }));
const find = (text: string, needle: string) => {
  const n = numbers(text).find((x) => x.text.includes(needle));
  assert.ok(n, `no number "${needle}" in: ${text}`);
  return n;
};

describe('findNumbers', () => {
  it('counts what follows a number, with its head noun as the unit', () => {
    const n = find('The 13 other members of the Security Council voted for the resolution on Thursday.', '13');
    assert.deepEqual([n.value, n.unit, n.what], [13, 'members', 'other members of the Security Council']);
    assert.deepEqual(pick(find('The council tightened them in a total of 10 resolutions.', '10')), [10, 'resolutions', 'resolutions']);
    assert.deepEqual(pick(find('The country has carried out a total of 23 missile launches this year.', '23')), [23, 'launches', 'missile launches']);
  });

  it('reads numbers written in words, vague and approximate ones included', () => {
    assert.deepEqual(pick(find('It conducted well over a dozen weapons tests.', 'dozen')), [12, 'tests', 'weapons tests']);
    assert.deepEqual(pick(find('Police arrested twenty-four people overnight.', 'twenty')), [24, 'people', 'people']);
    assert.equal(find('The fund lent 1.5 million dollars to the city.', '1.5').value, 1_500_000);
  });

  it('gives "three of them" what the number before it counted', () => {
    const n = find('The army fired 23 missiles, three of them in less than an hour.', 'three');
    assert.deepEqual([n.value, n.what], [3, 'missiles']);
  });

  it('keeps the number of a duration ("16 years") but not the parts of dates or bare years', () => {
    const found = numbers('During the past 16 years, since 2006 and on March 3, 2021 at 10:30 a.m., sanctions grew.');
    assert.deepEqual(found.map((n) => n.value), [16]);
    assert.equal(found[0]!.unit, 'years');
  });

  it('reads percentages and money with what they measure', () => {
    const pct = find('Comparable sales rose 3.6 percent in the quarter.', '3.6');
    assert.deepEqual([pct.value, pct.unit, pct.what], [3.6, '%', 'Comparable sales']);
    const money = find('The state paid an agency $449,000 for the campaign.', '449');
    assert.deepEqual([money.value, money.unit], [449_000, 'USD']);
    assert.deepEqual(pick(find('The listing could raise £10bn for the group.', '10bn')), [10e9, 'GBP', '']);
    assert.equal(find('Shares fell 12.99 to close at -5.44% lower.', '5.44').value, -5.44);
  });

  it('reads ordinals', () => {
    const n = find('It was the first time they have publicly broken unanimity.', 'first');
    assert.deepEqual([n.value, n.unit, n.what], [1, 'ordinal', 'time']);
    assert.equal(find('He finished 21st in the downhill.', '21st').value, 21);
    assert.equal(find('The third round of talks ended.', 'third').value, 3);
  });

  it('leaves out codes, models, scores and idioms', () => {
    const found = numbers('At first the G7 said the F-16 order and the 45-17 win were one of a kind; no one called 911.');
    assert.deepEqual(found.map((n) => n.text), ['one']);
  });

  it('finishes on long text without punctuation', () => {
    const text = 'thirteen members voted and two abstained while 1.5 million people watched '.repeat(300);
    assert.equal(numbers(text).length, 900);
  });
});

function pick(n: { value: number; unit: string | null; what: string }) {
  return [n.value, n.unit, n.what];
}
