import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findClaims } from './find-claims.ts';
import { defaultCompareOptions } from '../defaults.ts';
import { articleFrom, ExtractionBuilder } from '../../../../test/fixtures/compare/story-builder.ts';

const doc = articleFrom({
  outlet: 'Wire', url: null, published: '2024-03-08', title: null,
  text: 'Germany approved nearly 3,000 asylum requests in Berlin on Thursday, the interior ministry said; officials expect more in April.\n\nMore.',
}, 'd');
const x = new ExtractionBuilder([doc])
  .entity('Germany', 'country', ['Germany']).entity('Berlin', 'place', ['Berlin']).entity('interior ministry', 'organization', ['interior ministry'])
  .number(0, '3,000 asylum requests', 3000, 'requests', 'asylum requests').time(0, 'Thursday', '2024-03-07')
  .build();
const claims = findClaims(doc, 0, x, defaultCompareOptions);

describe('findClaims', () => {
  it('splits a sentence into atomic claims at a semicolon, each with its own span', () => {
    assert.deepEqual(claims.map((c) => c.text), ['Germany approved nearly 3,000 asylum requests in Berlin on Thursday, the interior ministry said', 'officials expect more in April.']);
  });
  it('fills the slots of a claim: actor, action, object, number with its hedge, date, place', () => {
    const c = claims[0]!;
    assert.equal(c.actor, 'e-germany');
    assert.equal(c.action, 'approv');
    assert.equal(c.object, 'nearly 3,000 asylum requests');
    assert.deepEqual([c.numbers[0]!.written, c.numbers[0]!.low < 3000, c.numbers[0]!.high], ['nearly 3,000 asylum requests', true, 3000]);
    assert.equal(c.dates[0]!.value, '2024-03-07');
    assert.equal(c.place, 'e-berlin');
  });
  it('skips lines too short to be a statement', () => {
    assert.ok(!claims.some((c) => c.text === 'More.'));
  });
  it('skips the credit line of an embedded post, and keeps the attribution out of the keys alignment compares', () => {
    const post = articleFrom({ outlet: 'Daily', url: null, published: '2024-03-08', title: null, text: 'The ferry service to Marlow resumed on Friday, according to the Harbour Gazette.\n\n\u2014 Harbour Watch (@harbourwatch) March 8, 2024' }, 'p');
    const found = findClaims(post, 0, new ExtractionBuilder([post]).build(), defaultCompareOptions);
    assert.deepEqual(found.map((c) => c.text), ['The ferry service to Marlow resumed on Friday, according to the Harbour Gazette.']);
    assert.ok(found[0]!.terms.has('gazett') || found[0]!.terms.size > found[0]!.keyTerms!.size);
    assert.ok(![...found[0]!.keyTerms!].some((t) => /gazet|harbour/.test(t)));
  });
});

