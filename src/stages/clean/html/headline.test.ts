import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stripSiteName, chooseHeadline } from './headline.ts';

describe('stripSiteName', () => {
  it('cuts the site name named by og:site_name from either end', () => {
    assert.equal(stripSiteName('Storm closes coastal road | The Bay Herald', 'The Bay Herald'), 'Storm closes coastal road');
    assert.equal(stripSiteName('The Bay Herald - Storm closes coastal road again', 'The Bay Herald'), 'Storm closes coastal road again');
  });
  it('cuts a short trailing site name even when the site is not known', () => {
    assert.equal(stripSiteName('Storm closes the coastal road for a third day – Bay Herald', null), 'Storm closes the coastal road for a third day');
  });
  it('keeps a dash that is part of the headline', () => {
    assert.equal(stripSiteName('Minister resigns - and nobody is surprised', 'Daily Planet'), 'Minister resigns - and nobody is surprised');
  });
});

describe('chooseHeadline', () => {
  it('prefers the visible <h1> that the metadata confirms', () => {
    assert.equal(chooseHeadline({ ldHeadline: null, ogTitle: 'Storm closes coastal road', docTitle: 'Storm closes coastal road | Herald', h1s: ['Menu', 'Storm closes coastal road'], site: 'Herald' }), 'Storm closes coastal road');
  });
  it('falls back to the cleaned metadata title when no <h1> matches', () => {
    assert.equal(chooseHeadline({ ldHeadline: null, ogTitle: null, docTitle: 'Storm closes coastal road | Herald', h1s: ['Herald'], site: 'Herald' }), 'Storm closes coastal road');
  });
});
