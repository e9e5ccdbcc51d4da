/**
 * Fuzzing ingest's parsers with fast-check: 10,000 generated inputs each (FUZZ_RUNS overrides; the
 * helpers sniffing and line splitting get fewer), through test/helpers/fuzz.ts, which fails on
 * anything thrown but an InputError and on any one case over the 2 s per-document budget (a hang
 * check, not a speed assertion). Besides "no crash", each property checks what must hold: every
 * problem is one line, every input ends in records or problems, texts survive exactly.
 * Inputs are small (a few KB at most) so that all parsers together stay well under a minute.
 * Run with FUZZ_REPORT=1 to print cases, time and the slowest case per parser.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WARCRecord, WARCSerializer } from 'warcio';
import { fuzz, fuzzAsync, FUZZ_RUNS } from '../../../test/helpers/fuzz.ts';
import { InputError } from '../../core/errors.ts';
import type { FetchedResource, Fetcher } from '../../core/ports/fetcher.ts';
import { createSink } from './sink.ts';
import { defaultIngestOptions } from './defaults.ts';
import { readDocument } from './read-document.ts';
import { readJson, readJsonLines } from './readers/json.ts';
import { readFeed } from './readers/rss.ts';
import { readWarc } from './readers/warc.ts';
import { parseSitemap } from './readers/sitemap-parse.ts';
import { toIsoDate } from './readers/published.ts';
import { sniffBytes } from './sniff-bytes.ts';
import { sniffText } from './sniff-text.ts';
import { decodeBytes } from './decode/decode-bytes.ts';
import { repairMojibake } from './decode/repair-mojibake.ts';
import { splitLines } from './split-lines.ts';

const ctx = { path: 'fuzz', url: null, encodingNote: null };
const oneLine = (problems: { error: string }[]) => problems.every((p) => !p.error.includes('\n'));
const enc = (s: string) => new TextEncoder().encode(s);
/** Helpers that are not parsers of a whole format: a tenth of the runs. */
const HELPER_RUNS = Math.max(100, Math.round(FUZZ_RUNS / 10));
const opts = { ...defaultIngestOptions, maxFileBytes: 1 << 20 };

/** Text made of pieces a format's parser cares about, mixed with arbitrary strings. */
const soup = (pieces: string[], maxLength: number) => fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength }).map((a) => a.join(''));

describe('ingest fuzzing', () => {
  it('text: any UTF-8 text decodes back to itself (or its repair) and reads as one record or one problem', async () => {
    // NUL-bearing text is binary territory (refused before decoding); a leading byte-order mark is dropped by design.
    const text = fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.includes('\0'));
    await fuzzAsync('text', text, async (s) => {
      const d = decodeBytes(enc(s));
      const expected = s.replace(/^\ufeff/, '');
      assert.ok(d.text === expected || repairMojibake(expected) === d.text);
      const sink = createSink(null);
      await readDocument(enc(s), { path: 'fuzz.txt', url: null, transportCharset: null }, sink, opts);
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
    });
  });

  it('decoding: any bytes under any declared charset decode without throwing, replacement share in [0, 1]', () => {
    fuzz('decode', fc.tuple(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), fc.constantFrom(null, 'utf-8', 'shift_jis', 'bogus', 'utf-16', 'gb2312', 'x-user-defined')), ([bytes, markup, charset]) => {
      const d = decodeBytes(bytes, { markup, transportCharset: charset });
      assert.ok(typeof d.text === 'string' && d.replacementShare >= 0 && d.replacementShare <= 1);
    });
  });

  it('HTML: any tag soup read as a document is one html record or one-line problems', async () => {
    const html = soup(['<!doctype html>', '<html>', '</html>', '<head>', '<meta charset="shift_jis">', '<meta charset=', '<title>', '</title>', '<body>', '<p>', '</p>', '<div class="x">', '</div>',
      '<script>', '</script>', '<!--', '-->', '<', '>', '&amp;', '&#x0;', '\u00e9', 'Officials said', ' ', '\n', '<br/>', '<svg><![CDATA[', ']]>'], 60);
    await fuzzAsync('html', html, async (s) => {
      const sink = createSink(null);
      await readDocument(enc(`<!doctype html>${s}`), { path: 'fuzz.html', url: null, transportCharset: null }, sink, opts);
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
      for (const r of sink.records) assert.equal(r.format, 'html');
    });
  });

  it('JSON Lines: every non-blank line is exactly one record or one problem, and texts survive exactly', () => {
    const record = fc.record({ id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((t) => t.trim() !== ''), published: fc.oneof(fc.string({ maxLength: 30 }), fc.double(), fc.constant(null)) }, { requiredKeys: ['text'] });
    const line = fc.oneof(record.map((r) => ({ r, line: JSON.stringify(r) })), fc.oneof(fc.string({ maxLength: 60 }), fc.json({ maxDepth: 3 })).map((g) => ({ r: null, line: g.replace(/[\r\n]/g, ' ') })));
    fuzz('jsonl', fc.array(line, { maxLength: 30 }), (lines) => {
      const sink = createSink(null);
      readJsonLines(lines.map((l) => l.line), ctx, sink);
      const nonBlank = lines.filter((l) => l.line.trim() !== '').length;
      const texts = new Set(sink.records.map((r) => r.text));
      assert.equal(sink.records.length + sink.problems.length, nonBlank);
      assert.ok(oneLine(sink.problems) && lines.every((l) => !l.r || texts.has(l.r.text)));
    });
  });

  it('JSON: any JSON value (or near-JSON text) is records or one-line problems', () => {
    const text = fc.oneof(fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ articles: [v, { title: 'x', text: v }] })), soup(['{', '}', '[', ']', '"text":', '"title"', ',', ':', '"a"', '1', 'null', '\n'], 40));
    fuzz('json', text, (s) => {
      const sink = createSink(null);
      readJson(s, ctx, sink);
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
    });
  });

  it('RSS/Atom: any feed-like XML reads without throwing, every problem on one line', () => {
    const feed = soup(['<?xml version="1.0"?>', '<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>', '<guid>', '</guid>',
      '<description>', '</description>', '<![CDATA[<p>x</p>]]>', '&amp;', '&', '&bogus;', '<pubDate>', '</pubDate>', 'Mon, 05 Feb 2024 08:00:00 GMT', 'text', '<dc:date>', '</dc:date>',
      '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<link href="https://x.example/"/>', '<content type="xhtml">', '</content>', '<', '>', '"',
      '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '<rdf:RDF>', '</rdf:RDF>', '<author><name>', '</name></author>'], 80);
    fuzz('rss', feed, (s) => {
      const sink = createSink(null);
      readFeed(s, ctx, sink);
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
      assert.ok(sink.records.every((r) => r.title !== null || r.text !== null || r.html !== null));
    });
  });

  it('WARC: any damaged WARC or WARC.gz (bytes flipped, cut short) reads without throwing, every problem on one line', async () => {
    const specs = [
      { u: 'a', headers: { 'Content-Type': 'text/html; charset=utf-8' }, gzip: true },
      { u: 'b', headers: { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }, gzip: false },
      { u: 'c', headers: { 'Content-Type': 'text/html; charset=windows-1252' }, gzip: true },
    ];
    const records = await Promise.all(specs.map(({ u, headers, gzip }) => WARCSerializer.serialize(WARCRecord.create({ url: `https://x.example/${u}`, date: '2024-02-07T03:12:45Z', type: 'response', warcVersion: 'WARC/1.0', httpHeaders: headers as Record<string, string>, statusline: 'HTTP/1.1 200 OK' }, [enc(`<html><body><p>Page ${u}</p></body></html>`)]), { gzip })));
    const whole = Buffer.concat(records);
    const limits = { maxRecordBytes: 1 << 20, maxReplacementShare: 0.02 };
    const damage = fc.tuple(fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(whole.length), fc.integer({ min: 1, max: 4096 }));
    await fuzzAsync('warc', damage, async ([flips, cut, chunk]) => {
      const bytes = Buffer.from(whole.subarray(0, Math.max(1, cut)));
      for (const [at, b] of flips) if (at < bytes.length) bytes[at] = b;
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
      const sink = createSink(null);
      await readWarc(chunks, 'fuzz.warc.gz', sink, limits);
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
    });
  });

  it('sitemaps: any sitemap-like XML parses to entries with http(s) locations or one error, and reading it never throws', async () => {
    const soupXml = soup(['<?xml version="1.0"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">', '</urlset>',
      '<sitemapindex>', '</sitemapindex>', '<sitemap>', '</sitemap>', '<url>', '</url>', '<loc>', '</loc>', 'https://x.example/a', '/relative', 'javascript:alert(1)', 'http://[::1]/',
      '<lastmod>', '</lastmod>', '2024-02-06', '2024-13-45T99:00Z', '<news:news>', '</news:news>', '<news:publication_date>', '</news:publication_date>', '<news:title>', '</news:title>',
      '<news:publication><news:name>', '</news:name></news:publication>', '&amp;', '&', '<![CDATA[', ']]>', '<', '>'], 60);
    // Well-formed sitemaps and indexes with arbitrary field values, so the entry and fetch paths run too.
    const field = fc.oneof(fc.constantFrom('https://x.example/a', 'https://x.example/b?x=1&amp;y=2', '/rel', 'http://[::1]/', 'mailto:x@y', '2024-02-06', 'Feb 6'), fc.string({ maxLength: 20 }).map((v) => v.replace(/[<&]/g, '')));
    const entry = fc.tuple(field, field, field, field).map(([loc, lastmod, date, title]) => `<url><loc>${loc}</loc><lastmod>${lastmod}</lastmod><news:news><news:publication_date>${date}</news:publication_date><news:title>${title}</news:title></news:news></url>`);
    const wellFormed = fc.oneof(
      fc.array(entry, { maxLength: 8 }).map((es) => `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${es.join('')}</urlset>`),
      fc.array(field, { maxLength: 6 }).map((ls) => `<sitemapindex>${ls.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`),
    );
    const xml = fc.oneof(soupXml, wellFormed);
    // Every fetch answers with the same small page, so reading also exercises the page path.
    const fetcher: Fetcher = { fetch: async (url): Promise<FetchedResource> => (url.includes('[') ? Promise.reject(new InputError(url, 'refused')) : { requestedUrl: url, url, status: 200, contentType: 'text/html', charset: null, headers: {}, body: enc('<html><body><p>Listed page.</p></body></html>') }) };
    await fuzzAsync('sitemap', xml, async (s) => {
      const map = parseSitemap(s, 'https://x.example/sitemap.xml', 50);
      if (!('error' in map)) for (const e of map.entries) assert.match(e.loc, /^https?:\/\//);
      const sink = createSink(null);
      await readDocument(enc(`<?xml version="1.0"?>${s}`), { path: 'https://x.example/sitemap.xml', url: 'https://x.example/sitemap.xml', transportCharset: null }, sink, { ...opts, fetcher, maxSitemapPages: 20, maxSitemapFiles: 5 });
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
    });
  });

  it('publication dates: any supplied value is an ISO date that parses, or null', () => {
    const dateish = soup(['2024', '-', '02', '-', '29', 'T', '12:00', ':59', '.123', 'Z', '+05:30', ' ', 'Mon, ', '05 Feb ', 'GMT', 'Febuary', '1707120000', '1707120000000', '99999999999999', '0', '/', ','], 12);
    const value = fc.oneof(dateish, fc.string({ maxLength: 80 }), fc.double(), fc.integer(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()));
    fuzz('dates', value, (v) => {
      const iso = toIsoDate(v);
      if (iso === null) return;
      assert.match(iso, /^\d{4}-\d{2}-\d{2}/);
      assert.ok(!Number.isNaN(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)), iso);
    });
  });

  it('any bytes as a document: always records or one-line problems', async () => {
    const seeds = ['{"text":"a"}\n{"text":"b"}', '<html><body><p>x</p></body></html>', '<rss><channel><item><title>t</title></item></channel></rss>', 'plain words', 'WARC/1.0\r\n', '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', '\x1f\x8b\x08'];
    const input = fc.oneof(fc.uint8Array({ maxLength: 1024 }), fc.tuple(fc.constantFrom(...seeds), fc.uint8Array({ maxLength: 64 })).map(([s, tail]) => Buffer.concat([Buffer.from(s, 'latin1'), tail])));
    await fuzzAsync('any-bytes', input, async (bytes) => {
      const sink = createSink(null);
      await readDocument(bytes, { path: 'fuzz', url: null, transportCharset: null }, sink, opts);
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
    });
  });

  it('sniffs any bytes and any text into one of the known kinds', () => {
    const markupish = soup(['<', '>', '<?xml ?>', '<!--', '-->', '<!doctype html>', '<rss', '<feed ', '<html>', '{', '[', ' ', '\n', 'a', '\ufeff', '<rdf:RDF>', '<urlset>'], 60);
    fuzz('sniff', fc.tuple(fc.uint8Array({ maxLength: 1024 }), markupish), ([bytes, text]) => {
      assert.ok(['warc', 'gzip', 'binary', 'text'].includes(sniffBytes(bytes, 0.1).kind));
      assert.ok(['json', 'rss', 'html', 'text', 'xml'].includes(sniffText(text)));
    }, HELPER_RUNS);
  });

  it('splits any byte stream into the same lines however it is chunked', async () => {
    await fuzzAsync('split-lines', fc.tuple(fc.array(fc.constantFrom('a', 'é', '\n', '\r\n', '{}', '€'), { maxLength: 80 }), fc.integer({ min: 1, max: 7 })), async ([parts, size]) => {
      const bytes = enc(parts.join(''));
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const got: string[] = [];
      for await (const l of splitLines(chunks, 1 << 20)) got.push(l.text ?? '');
      const text = parts.join('');
      const expected = text === '' ? [] : text.split('\n').map((l) => l.replace(/\r$/, ''));
      if (text.endsWith('\n')) expected.pop();
      assert.deepEqual(got, expected);
    }, HELPER_RUNS);
  });
});
