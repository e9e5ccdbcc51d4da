import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sourceName } from './source-name.ts';

const base = { outlet: null, url: null, title: null, path: 'scrapes/3f9a0c4be21d77aa90e1c2b3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b.txt' };

describe('sourceName', () => {
  it('uses the outlet, else the web host without www', () => {
    assert.equal(sourceName({ ...base, outlet: 'Harbour Times', url: 'https://www.harbourtimes.example/a' }), 'Harbour Times');
    assert.equal(sourceName({ ...base, url: 'https://www.harbourtimes.example/a' }), 'harbourtimes.example');
  });
  it('names an unknown outlet by its headline rather than a content hash', () => {
    const name = sourceName({ ...base, title: 'Dock workers end two-day strike as port reopens after pay deal' });
    assert.equal(name, 'the report \u201CDock workers end two-day strike as port reopens\u2026\u201D');
    assert.ok(!/[0-9a-f]{12}/.test(name));
  });
  it('keeps a readable file name, and never shows a generated one', () => {
    assert.equal(sourceName({ ...base, path: 'scrapes/harbour-times-strike.html' }), 'harbour-times-strike');
    assert.equal(sourceName(base), 'an unnamed source');
    assert.equal(sourceName({ ...base, url: 'not a url' }), 'an unnamed source');
  });
});
