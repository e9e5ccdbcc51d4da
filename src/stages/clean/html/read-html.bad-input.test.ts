import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readHtml } from './read-html.ts';
import { resolveCleanOptions } from '../defaults.ts';
import { defaultHtmlReaderOptions } from './defaults.ts';
import type { PageReading } from '../reading.ts';
import type { RawArticle } from '../../../core/index.ts';

const opts = resolveCleanOptions({ now: new Date('2025-01-01T00:00:00Z') });
const raw = (html: string): RawArticle => ({ path: 'bad.html', format: 'html', sourceId: null, url: null, title: null, text: null, html, published: null, outlet: null, meta: {} });
const read = (html: string) => readHtml(html, raw(html), opts);
const body = (r: PageReading) => r.paragraphs.map((p) => r.text.slice(p.start, p.end)).join('\n');

const PARA = 'The regional water board said on Monday that reservoir levels, which fell sharply during the summer, had recovered to their long-term average.';

/** Every range lies inside the text, ranges do not overlap, and paragraphs are in reading order. */
function assertWellFormed(r: PageReading): void {
  const all = [...r.paragraphs, ...r.boilerplate.map((b) => b.range)].sort((a, b) => a.start - b.start);
  for (const x of all) assert.ok(x.start >= 0 && x.start <= x.end && x.end <= r.text.length);
  for (let i = 1; i < all.length; i++) assert.ok(all[i]!.start >= all[i - 1]!.end || all[i]!.start === all[i]!.end);
  for (let i = 1; i < r.paragraphs.length; i++) assert.ok(r.paragraphs[i]!.start > r.paragraphs[i - 1]!.start);
}

describe('readHtml on bad input', () => {
  it('reads a script-only page as an empty document', () => {
    const r = read('<html><head><script>var a = "<p>not text</p>";</script></head><body><script>document.write("x")</script></body></html>');
    assert.equal(r.text, '');
    assert.deepEqual(r.paragraphs, []);
  });

  it('finds no body in a page that is only navigation', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section number ${i} of the site menu</a></li>`).join('');
    const r = read(`<html><body><nav><ul>${links}</ul></nav><footer>© Example Media</footer></body></html>`);
    assert.deepEqual(r.paragraphs, []);
    assert.ok(r.boilerplate.length >= 30);
    assertWellFormed(r);
  });

  it('closes unterminated tags and keeps the text', () => {
    const r = read(`<html><body><div class="story"><p>${PARA}<p>Officials warned that, despite the rain, restrictions on garden hoses would stay in place until spring <b>at least`);
    assert.match(body(r), /reservoir levels/);
    assert.match(body(r), /until spring at least$/);
    assertWellFormed(r);
  });

  it('drops NUL bytes', () => {
    const r = read(`<html><body><article><p>${PARA.replace('water', 'wa\u0000ter')}\u0000</p></article></body></html>`);
    assert.ok(!r.text.includes('\u0000'));
    assert.match(body(r), /regional water board/);
  });

  it('survives 100,000-deep nesting without a stack overflow', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARA}</p>${'</div>'.repeat(depth)}</body></html>`;
    const r = read(html);
    assert.equal(body(r), PARA);
    // and with close tags that match nothing open
    const stray = read(`<html><body>${'<span>'.repeat(depth)}<p>${PARA}</p>${'</div>'.repeat(depth)}</body></html>`);
    assert.equal(body(stray), PARA);
  });

  it('reads only the first part of a 50 MB page and says so', () => {
    const para = `<p>${PARA}</p>\n`;
    const html = `<html><body><article>${para.repeat(Math.ceil(50_000_000 / para.length))}</article></body></html>`;
    assert.ok(html.length >= 50_000_000);
    const r = read(html);
    const note = r.boilerplate.find((b) => /cut at/.test(b.reason));
    assert.ok(note, 'a note that the page was cut');
    assert.ok(r.text.length < defaultHtmlReaderOptions.maxHtmlChars);
    assert.ok(r.paragraphs.length > 1000);
  });

  it('never throws on tag soup, and its ranges stay inside the text (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div class="content">', '</div>', '<nav>', '</nav>', '<a href="x">', '</a>', '<br>', '<script>', '</script>', '<!--', '-->', '<pre>', '</pre>', '<li>', '<table><tr><td>', '\u0000', '&amp;', '&#xD800;', '<', '>', '"'),
      fc.string({ maxLength: 40 }),
      fc.constant(PARA),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const r = read(parts.join(''));
      assertWellFormed(r);
      assert.ok(!r.text.includes('\u0000'));
    }), { numRuns: 300 });
  });
});
