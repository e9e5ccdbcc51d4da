/**
 * Fuzzing the parsers behind clean (the HTML and plain-text readers, publication-date parsing) through
 * the stage's public entry, 10,000 generated documents each (FUZZ_RUNS overrides), with the 2 s
 * per-document hang check of test/helpers/fuzz.ts. What must hold besides "no crash": every span and
 * paragraph range lies inside the document text, and a chosen date is a valid calendar day.
 * Ingest's own parsers are fuzzed in src/stages/ingest/ingest-fuzz.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzz } from '../helpers/fuzz.ts';
import { clean } from '../../src/stages/clean/index.ts';
import { findDates, parseDate } from '../../src/stages/clean/pub-date/index.ts';
import type { Article, RawArticle } from '../../src/core/index.ts';

const NOW = new Date('2024-06-01T00:00:00Z');
const soup = (pieces: string[], maxLength: number) => fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength }).map((a) => a.join(''));
const raw = (over: Partial<RawArticle>): RawArticle => ({ path: 'fuzz', format: 'text', sourceId: null, url: null, title: null, text: null, html: null, published: null, outlet: null, meta: {}, ...over });

const DATES = ['Jun 09, 2022 11:18 UTC', 'Sunday, November 17, 2024', '2019-11-16T10:00:00Z', '16 November 2019', 'Nov. 16, 2019', '11/16/2019', '16.11.2019', '31/02/2023', '2024-13-01', 'Feb 30, 2021', '1707120000000', 'le 16 novembre 2019', 'Updated:', 'Published', '0000-00-00'];
const PROSE = ['The council said on Tuesday', ' that the bridge would reopen.', '"We are ready," said Mayor Ann Lee.', 'LONDON (Reuters) - ', '\n\n', '\n', ' ', 'By Jane Roe', '(AP)', '©', '…', '\u00a0', '\u200b', '\r\n'];
const TAGS = ['<html>', '</html>', '<head>', '</head>', '<body>', '</body>', '<article>', '</article>', '<p>', '</p>', '<div class="content">', '</div>', '<nav>', '</nav>', '<a href="/x">', '</a>', '<br>', '<script>', '</script>',
  '<!--', '-->', '<h1>', '</h1>', '<time datetime="2022-06-09">', '</time>', '<meta property="article:published_time" content="2022-06-09T11:18:00Z">', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"', '"}</script>',
  '<title>', '</title>', '<li>', '<table><tr><td>', '&amp;', '&#xD800;', '&nbsp;', '<', '>', '"', '<pre>', '</pre>', '\u0000'];

function wellFormed(a: Article): void {
  for (const s of [...a.paragraphs, ...a.boilerplate.map((b) => b.span), ...a.rejectedDates.map((r) => r.span), ...(a.titleSpan ? [a.titleSpan] : [])]) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= a.text.length, `span ${s.start}-${s.end} outside a text of ${a.text.length}`);
  }
  if (a.published.date) assert.ok(!Number.isNaN(Date.parse(a.published.date.slice(0, 10))), a.published.date);
}

describe('clean fuzzing', () => {
  it('HTML: any tag soup cleans without throwing, every range inside the text', () => {
    fuzz('clean-html', soup([...TAGS, ...PROSE, ...DATES], 50), (html) => wellFormed(clean(raw({ format: 'html', html }), { now: NOW })));
  });

  it('plain text: any news-like text cleans without throwing, every range inside the text', () => {
    fuzz('clean-text', soup([...PROSE, ...DATES], 40), (text) => wellFormed(clean(raw({ text, published: null }), { now: NOW })));
  });

  it('dates: parseDate and findDates take any string, finding only valid calendar days inside it', () => {
    fuzz('parse-date', soup([...DATES, ' ', ',', 'on ', '2024', '12', '31', '-', '/', '.', 'de ', 'March ', 'Mar.'], 16), (s) => {
      const v = parseDate(s);
      if (v?.month && v.day) assert.ok(v.month >= 1 && v.month <= 12 && v.day >= 1 && v.day <= 31, `${s} → ${JSON.stringify(v)}`);
      for (const f of findDates(s)) assert.ok(f.start >= 0 && f.start < f.end && f.end <= s.length);
    });
  });
});
