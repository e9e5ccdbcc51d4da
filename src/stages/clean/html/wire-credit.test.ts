import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findWireCredits } from './wire-credit.ts';

describe('findWireCredits', () => {
  it('finds an agency in a dateline', () => {
    assert.deepEqual(findWireCredits(null, 'NAIROBI, Kenya (AP) — Floods swept through the capital on Monday.', null), ['Associated Press']);
  });
  it('finds an agency credited in the byline or a closing credit line', () => {
    assert.deepEqual(findWireCredits('Staff and Reuters', null, null), ['Reuters']);
    assert.deepEqual(findWireCredits(null, 'Floods swept through the capital on Monday.', '— AFP'), ['Agence France-Presse']);
  });
  it('does not read short agency names inside ordinary words or lowercase text', () => {
    assert.deepEqual(findWireCredits('Pat Apfel', 'The app was updated on Monday, a spokesperson said.', 'Read more about apps.'), []);
  });
});
