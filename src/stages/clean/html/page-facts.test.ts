import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { visibleByline, pageLanguage, canonicalUrl } from './page-facts.ts';
import { parseTree } from './parse-tree.ts';
import { readMetaTags } from './meta-tags.ts';

describe('visibleByline', () => {
  it('reads the names after "By" and its translations, without the trailing date or outlet', () => {
    assert.equal(visibleByline('By Jane Doe and John Roe | The Daily Planet'), 'Jane Doe and John Roe');
    assert.equal(visibleByline('Von Anna Schmidt, aktualisiert 3. Mai 2021'), 'Anna Schmidt');
  });
  it('refuses sentences that merely start with "by"', () => {
    assert.equal(visibleByline('by the end of the year the bridge will be closed'), null);
  });
});

describe('pageLanguage and canonicalUrl', () => {
  it('takes the primary language subtag and resolves a relative canonical link', () => {
    const page = parseTree('<html lang="pt-BR"><head><link rel="canonical" href="/noticia/123"></head><body></body></html>');
    const meta = readMetaTags(page);
    assert.equal(pageLanguage(page, meta, null), 'pt');
    assert.equal(canonicalUrl(meta, null, 'https://jornal.example/x?y=1'), 'https://jornal.example/noticia/123');
  });
  it('falls back to og:locale when <html> has no lang', () => {
    const page = parseTree('<html><head><meta property="og:locale" content="fr_FR"></head></html>');
    assert.equal(pageLanguage(page, readMetaTags(page), null), 'fr');
  });
});
