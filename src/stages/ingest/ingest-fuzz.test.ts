/**
 * Fuzzing the parsers with fast-check: thousands of generated inputs each, checking that nothing
 * throws, that every problem is one line, and the round-trip properties that must hold. The time per
 * case is bounded by construction, not measured: inputs are capped at a few KB and every parser here
 * is a single linear pass (no backtracking patterns, bounded prologue and tag scans).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WARCRecord, WARCSerializer } from 'warcio';
import { createSink } from './sink.ts';
import { defaultIngestOptions } from './defaults.ts';
import { readDocument } from './read-document.ts';
import { readJsonLines } from './readers/json.ts';
import { readFeed } from './readers/rss.ts';
import { readWarc } from './readers/warc.ts';
import { sniffBytes } from './sniff-bytes.ts';
import { sniffText } from './sniff-text.ts';
import { decodeBytes } from './decode/decode-bytes.ts';
import { repairMojibake } from './decode/repair-mojibake.ts';
import { splitLines } from './split-lines.ts';

const ctx = { path: 'fuzz', url: null, encodingNote: null };
const oneLine = (problems: { error: string }[]) => problems.every((p) => !p.error.includes('\n'));

describe('ingest fuzzing', () => {
  it('decodes any UTF-8 text back to itself (unless it is itself double-encoded text, which is repaired)', () => {
    // NUL-bearing text is binary territory (refused before decoding); a leading byte-order mark is dropped by design.
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.includes('\0')), (s) => {
      const d = decodeBytes(new TextEncoder().encode(s));
      const expected = s.replace(/^\ufeff/, '');
      return d.text === expected || repairMojibake(expected) === d.text;
    }), { numRuns: 3000 });
  });

  it('decodes any bytes without throwing, with a replacement share between 0 and 1', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), fc.constantFrom(null, 'utf-8', 'shift_jis', 'bogus', 'utf-16', 'gb2312'), (bytes, markup, charset) => {
      const d = decodeBytes(bytes, { markup, transportCharset: charset });
      return typeof d.text === 'string' && d.replacementShare >= 0 && d.replacementShare <= 1;
    }), { numRuns: 3000 });
  });

  it('sniffs any bytes and any text into one of the known kinds', () => {
    const markupish = fc.array(fc.constantFrom('<', '>', '<?xml ?>', '<!--', '-->', '<!doctype html>', '<rss', '<feed ', '<html>', '{', '[', ' ', '\n', 'a', '\ufeff', '<rdf:RDF>'), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 1024 }), markupish, (bytes, text) => {
      const b = sniffBytes(bytes, 0.1).kind;
      const t = sniffText(text);
      return ['warc', 'gzip', 'binary', 'text'].includes(b) && ['json', 'rss', 'html', 'text', 'xml'].includes(t);
    }), { numRuns: 4000 });
  });

  it('reads JSON Lines: every non-blank line is exactly one record or one problem, and texts survive exactly', () => {
    const record = fc.record({ id: fc.string({ maxLength: 8 }), text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((t) => t.trim() !== '') }, { requiredKeys: ['text'] });
    const line = fc.oneof(record.map((r) => ({ r, line: JSON.stringify(r) })), fc.string({ maxLength: 60 }).map((g) => ({ r: null, line: g.replace(/[\r\n]/g, ' ') })));
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      const sink = createSink(null);
      readJsonLines(lines.map((l) => l.line), ctx, sink);
      const nonBlank = lines.filter((l) => l.line.trim() !== '').length;
      const texts = new Set(sink.records.map((r) => r.text));
      return sink.records.length + sink.problems.length === nonBlank && oneLine(sink.problems) && lines.every((l) => !l.r || texts.has(l.r.text));
    }), { numRuns: 3000 });
  });

  it('splits any byte stream into the same lines however it is chunked', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom('a', 'é', '\n', '\r\n', '{}', '€'), { maxLength: 80 }), fc.integer({ min: 1, max: 7 }), async (parts, size) => {
      const bytes = new TextEncoder().encode(parts.join(''));
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const got: string[] = [];
      for await (const l of splitLines(chunks, 1 << 20)) got.push(l.text ?? '');
      const text = parts.join('');
      const expected = text === '' ? [] : text.split('\n').map((l) => l.replace(/\r$/, ''));
      if (text.endsWith('\n')) expected.pop();
      assert.deepEqual(got, expected);
    }), { numRuns: 2000 });
  });

  it('reads any feed-like XML without throwing, every problem on one line', () => {
    const token = fc.constantFrom('<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>',
      '<description>', '</description>', '<![CDATA[<p>x</p>]]>', '&amp;', '&', '&bogus;', '<pubDate>', '</pubDate>', 'Mon, 05 Feb 2024 08:00:00 GMT', 'text',
      '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<link href="https://x.example/"/>', '<content type="html">', '</content>', '<', '>', '"', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;');
    fc.assert(fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
      const sink = createSink(null);
      readFeed(tokens.join(''), ctx, sink);
      return oneLine(sink.problems) && sink.records.every((r) => r.title !== null || r.text !== null || r.html !== null);
    }), { numRuns: 3000 });
  });

  it('reads any damaged WARC (bytes flipped, cut short) without throwing, every problem on one line', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const records = await Promise.all(['a', 'b', 'c'].map((u) => WARCSerializer.serialize(WARCRecord.create({ url: `https://x.example/${u}`, date: '2024-02-07T03:12:45Z', type: 'response', warcVersion: 'WARC/1.0', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, [enc(`<html><body><p>Page ${u}</p></body></html>`)]), { gzip: u !== 'b' })));
    const whole = Buffer.concat(records);
    const limits = { maxRecordBytes: 1 << 20, maxReplacementShare: 0.02 };
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(whole.length), async (flips, cut) => {
      const bytes = Buffer.from(whole.subarray(0, Math.max(1, cut)));
      for (const [at, b] of flips) if (at < bytes.length) bytes[at] = b;
      const sink = createSink(null);
      await readWarc([bytes], 'fuzz.warc.gz', sink, limits);
      assert.ok(oneLine(sink.problems));
    }), { numRuns: 2000 });
  });

  it('reads any bytes as a document without throwing, always ending in records or one-line problems', async () => {
    const opts = { ...defaultIngestOptions, maxFileBytes: 1 << 20 };
    const seeds = ['{"text":"a"}\n{"text":"b"}', '<html><body><p>x</p></body></html>', '<rss><channel><item><title>t</title></item></channel></rss>', 'plain words', 'WARC/1.0\r\n'];
    const input = fc.oneof(fc.uint8Array({ maxLength: 1024 }), fc.tuple(fc.constantFrom(...seeds), fc.uint8Array({ maxLength: 64 })).map(([s, tail]) => Buffer.concat([Buffer.from(s), tail])));
    await fc.assert(fc.asyncProperty(input, async (bytes) => {
      const sink = createSink(null);
      await readDocument(bytes, { path: 'fuzz', url: null, transportCharset: null }, sink, opts);
      assert.ok(sink.records.length + sink.problems.length > 0 && oneLine(sink.problems));
    }), { numRuns: 3000 });
  });
});
