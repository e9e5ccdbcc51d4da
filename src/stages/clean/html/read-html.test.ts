import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../index.ts';
import { readHtml } from './read-html.ts';
import { resolveCleanOptions } from '../defaults.ts';
import type { RawArticle } from '../../../core/index.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'test', 'fixtures', 'clean-html');
const NOW = new Date('2025-01-01T00:00:00Z');

function rawPage(html: string, url: string | null = null): RawArticle {
  return { path: url ?? 'page.html', format: 'html', sourceId: null, url, title: null, text: null, html, published: null, outlet: null, meta: {} };
}

interface Expected {
  url: string | null; title: string; titleVisible: boolean; subtitle: string | null; byline: string | null;
  outlet: string | null; language: string; wire: string[]; published: string; modifiedCandidate?: string;
  bodyStartsWith: string; bodyEndsWith: string; paragraphCount: number; subheads?: string[]; boilerplateReasons: string[];
  absentFromText: string[]; presentInText?: string[];
}

describe('readHtml on hand-written news pages', () => {
  for (const dir of readdirSync(fixtures).sort()) {
    const html = readFileSync(join(fixtures, dir, 'input.html'), 'utf8');
    const want = JSON.parse(readFileSync(join(fixtures, dir, 'expected.json'), 'utf8')) as Expected;
    const base = want.url ? new URL(want.url).origin + '/' : null;
    const article = clean(rawPage(html, base), { now: NOW });
    const reading = readHtml(html, rawPage(html, base), resolveCleanOptions({ now: NOW }));

    it(`${dir}: finds the headline, with the site name cut off, where it stands in the text`, () => {
      assert.equal(article.title, want.title);
      if (want.titleVisible) {
        assert.ok(article.titleSpan);
        assert.equal(article.text.slice(article.titleSpan.start, article.titleSpan.end), want.title);
      }
    });

    it(`${dir}: reads byline, outlet, language, subtitle, canonical address and wire credit`, () => {
      assert.equal(article.byline, want.byline);
      assert.equal(article.outlet, want.outlet);
      assert.equal(article.language, want.language);
      assert.equal(article.subtitle, want.subtitle);
      if (want.url) assert.equal(reading.url, want.url);
      assert.deepEqual(article.wire, want.wire);
    });

    it(`${dir}: keeps the article's paragraphs and only them`, () => {
      assert.equal(article.paragraphs.length, want.paragraphCount);
      assert.ok(article.body.startsWith(want.bodyStartsWith), article.body.slice(0, 120));
      assert.ok(article.body.endsWith(want.bodyEndsWith), article.body.slice(-120));
      if (want.subheads) assert.deepEqual((reading.subheads ?? []).map((s) => reading.text.slice(s.start, s.end)), want.subheads);
      for (const p of article.paragraphs) assert.ok(!/Advertisement|Share on|Related stories|Sign up/.test(article.text.slice(p.start, p.end)));
    });

    it(`${dir}: labels the page chrome it removed`, () => {
      const reasons = new Set(article.boilerplate.map((b) => b.reason));
      for (const r of want.boilerplateReasons) assert.ok(reasons.has(r), `missing boilerplate reason "${r}" in ${[...reasons].join(', ')}`);
    });

    it(`${dir}: dates the article by its original publication`, () => {
      assert.equal(article.published.date, want.published);
      if (want.modifiedCandidate) {
        assert.ok(reading.dateCandidates.some((c) => c.kind === 'modified' && c.date.startsWith(want.modifiedCandidate!)));
      }
    });

    it(`${dir}: text is the visible text only, as plain text`, () => {
      for (const s of want.absentFromText) assert.ok(!article.text.includes(s), `"${s}" leaked into the text`);
      for (const s of want.presentInText ?? []) assert.ok(article.text.includes(s), `"${s}" missing from the text`);
    });
  }
});
