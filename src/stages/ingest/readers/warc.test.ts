import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WARCRecord, WARCSerializer } from 'warcio';
import { createSink } from '../sink.ts';
import { readWarc } from './warc.ts';
import { encodeLegacy } from '../../../../test/fixtures/ingest/encode-legacy.ts';

const limits = { maxRecordBytes: 1024 * 1024, maxReplacementShare: 0.02 };
const enc = (s: string) => new TextEncoder().encode(s);

interface Spec {
  type?: 'response' | 'request' | 'metadata' | 'resource';
  url: string;
  status?: string;
  headers?: Record<string, string>;
  body: Uint8Array;
}

/** A WARC as CC-NEWS writes them: one gzip member per record when gzip is set. */
async function makeWarc(specs: Spec[], gzip = false): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const s of specs) {
    const type = s.type ?? 'response';
    const record = WARCRecord.create({
      url: s.url,
      date: '2024-02-07T03:12:45Z',
      type,
      warcVersion: 'WARC/1.0',
      ...(type === 'response' || type === 'request' ? { httpHeaders: s.headers ?? {}, statusline: type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${s.status ?? '200 OK'}` } : { warcHeaders: { 'Content-Type': s.headers?.['Content-Type'] ?? 'application/octet-stream' } }),
    }, [s.body]);
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

const PAGE = (p: string) => `<!doctype html><html><head><title>Ferry strike</title></head><body><article><p>${p}</p></article></body></html>`;

async function read(bytes: Uint8Array, opts = limits) {
  const sink = createSink(null);
  await readWarc([bytes], 'crawl/CC-NEWS-20240207.warc', sink, opts);
  return sink;
}

describe('readers/warc', () => {
  const specs: Spec[] = [
    { type: 'request', url: 'https://coastnews.example/ferry', body: new Uint8Array() },
    { url: 'https://coastnews.example/ferry', headers: { 'Content-Type': 'text/html; charset=windows-1252', 'Last-Modified': 'Tue, 06 Feb 2024 21:00:00 GMT' }, body: encodeLegacy(PAGE('Les équipages ont cessé le travail à l’aube.'), 'windows-1252') },
    { url: 'https://coastnews.example/logo.png', headers: { 'Content-Type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    { url: 'https://coastnews.example/old', status: '301 Moved Permanently', headers: { 'Content-Type': 'text/html', Location: '/new' }, body: enc('<a href="/new">moved</a>') },
    { type: 'metadata', url: 'https://coastnews.example/ferry', headers: { 'Content-Type': 'application/warc-fields' }, body: enc('fetchTimeMs: 120\r\n') },
    { url: 'https://othersite.example/strike', headers: { 'Content-Type': 'application/xhtml+xml' }, body: enc(PAGE('Crossings were halted for the day.')) },
  ];

  for (const gzip of [false, true]) {
    it(`keeps only HTML 2xx responses, decoded by their HTTP charset (${gzip ? 'WARC.gz' : 'plain WARC'})`, async () => {
      const { records, problems } = await read(await makeWarc(specs, gzip));
      assert.deepEqual(problems, []);
      assert.deepEqual(records.map((r) => [r.path, r.url, r.format]), [
        ['crawl/CC-NEWS-20240207.warc#2', 'https://coastnews.example/ferry', 'html'],
        ['crawl/CC-NEWS-20240207.warc#6', 'https://othersite.example/strike', 'html'],
      ]);
      assert.match(records[0]!.html!, /Les équipages ont cessé le travail à l’aube\./);
    });
  }

  it('keeps the crawl date and Last-Modified as hints in meta, never as the publication date', async () => {
    const { records } = await read(await makeWarc(specs));
    assert.equal(records[0]!.published, null);
    assert.equal(records[0]!.meta.crawledAt, '2024-02-07T03:12:45Z');
    assert.equal(records[0]!.meta.lastModified, '2024-02-06T21:00:00.000Z');
    assert.match(String(records[0]!.meta.warcRecordId), /^<urn:uuid:/);
  });

  it('reads HTML resource records too', async () => {
    const { records } = await read(await makeWarc([{ type: 'resource', url: 'file:///saved/page.html', headers: { 'Content-Type': 'text/html' }, body: enc(PAGE('Saved page.')) }]));
    assert.equal(records.length, 1);
  });

  it('skips an HTML payload over the record limit, says how many, and reads the records after it', async () => {
    const big = { url: 'https://coastnews.example/gallery', headers: { 'Content-Type': 'text/html' }, body: enc(PAGE('x'.repeat(5000))) };
    const small = { url: 'https://coastnews.example/brief', headers: { 'Content-Type': 'text/html' }, body: enc(PAGE('Short brief.')) };
    const { records, problems } = await read(await makeWarc([big, small], true), { ...limits, maxRecordBytes: 2000 });
    assert.deepEqual(records.map((r) => r.url), ['https://coastnews.example/brief']);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.error, /^1 HTML record\(s\) over the .* record limit skipped$/);
  });

  it('reports damaged data inside a WARC.gz on one line, keeping the records before it', async () => {
    // Pages of ~40 KB of random letters (barely compressible), so the damage sits well past the first two.
    let seed = 7;
    const noise = () => Array.from({ length: 40000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const pages = ['a', 'b', 'c'].map((u) => ({ url: `https://coastnews.example/${u}`, headers: { 'Content-Type': 'text/html' }, body: enc(PAGE(noise())) }));
    const whole = Buffer.from(await makeWarc(pages, true));
    let third = 0;
    for (let k = 0; k < 2; k++) third = whole.indexOf(Buffer.from([0x1f, 0x8b, 0x08]), third + 1);
    // Past the first 16 KB of the third member: the decompressed slice holding the damage is lost, earlier ones are not.
    for (let i = third + 18000; i < third + 18060; i++) whole[i] = 0x55;
    const { records, problems } = await read(whole);
    assert.equal(records.length, 2);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.error, /^WARC stopped at record 3: .+ \(2 record\(s\) read before it\)$/);
  });

  it('reports a truncated WARC.gz on one line and keeps the records read before the break', async () => {
    const whole = await makeWarc(specs, true);
    const { records, problems } = await read(whole.subarray(0, whole.length - 40));
    assert.equal(records.length, 1);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.error, 'WARC stopped at record 6: gzip data cut short (truncated file?) (5 record(s) read before it)');
  });

  it('says so when a WARC holds no HTML responses', async () => {
    const { problems } = await read(await makeWarc([specs[0]!, specs[2]!]));
    assert.deepEqual(problems.map((p) => p.error), ['WARC holds no HTML responses (2 record(s) of other kinds)']);
  });
});
