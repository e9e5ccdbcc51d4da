/** The demo corpus (examples/demo), read as the walkthrough says a user expects. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean } from './index.ts';
import type { Article, RawArticle } from '../../core/index.ts';

const DEMO = new URL('../../../examples/demo/', import.meta.url);
const NOW = new Date('2026-11-23T10:00:00Z');

function cleanDemo(name: string): Article {
  const text = readFileSync(new URL(name, DEMO), 'utf8');
  const raw: RawArticle = { path: name, format: 'text', sourceId: null, url: null, title: null, text, html: null, published: null, outlet: null, meta: {} };
  return clean(raw, { now: NOW });
}
const cut = (d: Article, s: { start: number; end: number }) => d.text.slice(s.start, s.end);
const reasonsOf = (d: Article) => d.boilerplate.map((b) => [cut(d, b.span), b.reason] as const);

describe('clean on the demo corpus', () => {
  const a = cleanDemo('000_9786de2ed5b644ed.txt');
  const b = cleanDemo('002_c203e9f9c1dee30d.txt');
  const c = cleanDemo('004_bdf25112cc025e0b.txt');

  it('finds each headline though none is the first line, and drops the bullet before one', () => {
    for (const d of [a, b, c]) {
      assert.ok(d.titleSpan && d.titleSpan.start > 0);
      assert.equal(cut(d, d.titleSpan), d.title);
      assert.ok(!d.body.includes(d.title!), 'headline is not a body paragraph');
    }
    assert.ok(!a.title!.startsWith('•'));
    assert.ok(reasonsOf(a).some(([t, r]) => t === '•' && /bullet/.test(r)));
  });

  it('takes the dateline timestamp as the publication date of the first', () => {
    assert.equal(a.published.date, '2022-06-09');
    assert.ok(a.published.confidence >= 0.7);
    assert.match(a.published.basis, /dateline/);
  });

  it('gives the undated one an honest interval from indirect evidence, not a date', () => {
    assert.equal(b.published.date, null);
    assert.equal(b.published.earliest, '2017-01-01');
    assert.equal(b.published.latest, '2026-11-23');
    assert.ok(b.published.confidence <= 0.2);
    assert.match(b.published.basis, /on Thursday/);
  });

  it('rejects the page-header date years after the events, with its reason, and bounds the date by it', () => {
    assert.equal(c.published.date, null);
    assert.equal(c.published.latest, '2024-11-17');
    assert.equal(c.rejectedDates.length, 1);
    const rejected = c.rejectedDates[0]!;
    assert.equal(rejected.date, '2024-11-17');
    assert.equal(cut(c, rejected.span), 'Sunday, November 17, 2024');
    assert.match(rejected.reason, /page-header date .* years after/);
  });

  it('tells site noise from the article: breadcrumb, back-to-top button, banner, read-more links', () => {
    assert.ok(reasonsOf(b).some(([t, r]) => t.startsWith('ChinaAsia') && /breadcrumb/.test(r)));
    assert.ok(reasonsOf(b).some(([t, r]) => t === 'Back to top button' && /back-to-top/.test(r)));
    assert.ok(reasonsOf(c).some(([t, r]) => t.includes('Welcome to') && r === 'site banner'));
    assert.equal(reasonsOf(c).filter(([t, r]) => t.startsWith('Read more:') && r === 'related link').length, 2);
    assert.equal(c.outlet, 'Global Village Space');
    for (const d of [a, b, c]) assert.ok(!/Back to top|Read more:|Welcome to/.test(d.body));
  });

  it('reads the wire credit line of the third and names the agency', () => {
    assert.deepEqual(c.wire, ['Reuters']);
    assert.ok(reasonsOf(c).some(([t, r]) => t.startsWith('Reuters with additional input') && /credit/.test(r)));
    assert.deepEqual(a.wire, []);
  });

  it('notices the lede cut off mid-sentence and repeated in full below, and keeps the full one', () => {
    const cutCopy = reasonsOf(c).find(([, r]) => /cut off/.test(r));
    assert.ok(cutCopy);
    assert.ok(cutCopy[0].endsWith('divisions that Western.'));
    assert.ok(c.body.includes('divisions that Western envoys fear would be exploited by Pyongyang.'));
  });

  it('recognises the subhead inside the body of the third', () => {
    assert.deepEqual((c.subheads ?? []).map((s) => cut(c, s)), ['North Korea escapes further sanctions']);
  });

  it('detects English', () => {
    for (const d of [a, b, c]) assert.equal(d.language, 'en');
  });
});
