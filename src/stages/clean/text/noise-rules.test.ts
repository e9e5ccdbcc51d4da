import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { noiseReason, outletFromChrome } from './noise-rules.ts';

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const reason = (s: string) => noiseReason(s, words(s));

describe('noiseReason', () => {
  it('names the site noise of many sites', () => {
    const cases: [string, string][] = [
      ['| Welcome to The Coastal Herald', 'site banner'],
      ['PoliticsEuropeElectionsWorld News', 'breadcrumb run together into one word'],
      ['Home > World > Asia', 'breadcrumb'],
      ['News » Business » Markets', 'breadcrumb'],
      ['Back to top button', 'back-to-top button'],
      ['Read more: Why the central bank held rates', 'related link'],
      ['ALSO READ | Floods hit coastal districts', 'related link'],
      ['Related: Senate passes budget', 'related link'],
      ['You may also like', 'related-links heading'],
      ['Share this article Facebook Twitter Email', 'share prompt'],
      ['Facebook | Twitter | WhatsApp | Copy link', 'share prompt'],
      ['Sign up for our morning newsletter and get the news in your inbox', 'follow/subscribe prompt'],
      ['Follow us on Google News', 'follow/subscribe prompt'],
      ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'cookie notice'],
      ['ADVERTISEMENT', 'advertisement marker'],
      ['Story continues below advertisement', 'advertisement marker'],
      ['3 min read', 'page chrome'],
      ['FILE PHOTO: A view of the central bank building. REUTERS/Jane Roe', 'photo caption or credit'],
      ['© 2022 Coastal Herald Media Ltd. All rights reserved.', 'copyright line'],
      ['Updated 2 hours ago', 'relative timestamp (page-relative, no date)'],
      ['1 of 12', 'gallery counter'],
    ];
    for (const [line, want] of cases) assert.equal(reason(line), want, line);
  });

  it('leaves article sentences alone', () => {
    for (const line of [
      'Welcome to the season of big political promises, the senator said.',
      'BlackRock and SoftBank back YouTube rival in funding round',
      'Credit-rating agency Fitch lowered its outlook to negative.',
      'Share prices fell 3% on Monday after the report.',
      'Read the full statement on the ministry website, officials said on Friday.',
      'The home team scored twice in the second half.',
    ]) assert.equal(reason(line), null, line);
  });
});

describe('outletFromChrome', () => {
  it('reads the outlet from a banner or a copyright line', () => {
    assert.equal(outletFromChrome('| Welcome to The Coastal Herald'), 'Coastal Herald');
    assert.equal(outletFromChrome('© 2022 Coastal Herald Media Ltd. All rights reserved.'), 'Coastal Herald Media Ltd');
    assert.equal(outletFromChrome('Copyright © 2019-2024 Valley Tribune'), 'Valley Tribune');
  });
});
