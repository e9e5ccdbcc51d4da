/**
 * Every request here goes to a server on 127.0.0.1 that the test starts; refused targets are refused
 * before any connection is made (the server's request log proves it for loopback ones).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { createHttpFetcher } from './index.ts';
import { InputError } from '../../core/errors.ts';
import { ingestPaths } from '../../stages/ingest/index.ts';

const PAGE = '<!doctype html><html><head><title>Port reopens</title></head><body><p>The port reopened on Tuesday, officials said.</p></body></html>';
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><item><title>Bridge closed</title><link>https://localwire.example/bridge</link><description>The bridge closed for repairs.</description><pubDate>Mon, 05 Feb 2024 08:00:00 GMT</pubDate></item></channel></rss>';

describe('http fetcher', () => {
  let server: Server;
  let base: string;
  let host: string;
  const seen: string[] = [];

  before(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      const route = req.url ?? '/';
      if (route === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.from(PAGE.replace('officials', 'offici\xe9ls'), 'latin1'));
      if (route === '/conditional-feed') {
        const fresh = req.headers['if-none-match'] === '"v7"' || req.headers['if-modified-since'] === 'Mon, 05 Feb 2024 08:00:00 GMT';
        if (fresh) return res.writeHead(304, { etag: '"v7"' }).end();
        return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v7"', 'last-modified': 'Mon, 05 Feb 2024 08:00:00 GMT' }).end(FEED);
      }
      if (route === '/feed') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
      if (route === '/gzip') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
      if (route === '/redirect') return res.writeHead(302, { location: '/article' }).end();
      if (route === '/redirect-other-port') return res.writeHead(302, { location: 'http://127.0.0.1:9/admin' }).end();
      if (route === '/redirect-metadata') return res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (route === '/redirect-decimal') return res.writeHead(302, { location: 'http://2130706433:9/' }).end();
      if (route === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (route === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
      if (route === '/big') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) }).end(Buffer.alloc(3 * 1024 * 1024, 0x61));
      if (route === '/big-chunked') {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 30; i++) res.write(Buffer.alloc(100 * 1024, 0x61));
        return res.end();
      }
      if (route === '/gzip-bomb') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x61)));
      if (route === '/slow') return; // never answers
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    host = `127.0.0.1:${port}`;
    base = `http://${host}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const allowed = () => createHttpFetcher({ allowHosts: [host], maxBytes: 1024 * 1024, timeoutMs: 2000 });
  async function refusal(fetcher: ReturnType<typeof createHttpFetcher>, url: string): Promise<string> {
    const err = await fetcher.fetch(url).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof InputError, `${url} should be refused`);
    assert.equal(err.path, url);
    assert.doesNotMatch(err.message, /\n/);
    return err.message;
  }

  it('fetches an allow-listed local page with its charset and final URL, following redirects', async () => {
    const res = await allowed().fetch(`${base}/redirect`);
    assert.equal(res.status, 200);
    assert.equal(res.url, `${base}/article`);
    assert.equal(res.requestedUrl, `${base}/redirect`);
    assert.equal(res.contentType, 'text/html');
    assert.equal(res.charset, 'windows-1252');
    assert.equal(Buffer.from(res.body).toString('latin1'), PAGE.replace('officials', 'offici\xe9ls'));
  });

  it('sends validators on request and resolves a 304 with an empty body', async () => {
    const fetcher = allowed();
    const first = await fetcher.fetch(`${base}/conditional-feed`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.etag, '"v7"');
    const byEtag = await fetcher.fetch(`${base}/conditional-feed`, { ifNoneMatch: first.headers.etag });
    assert.deepEqual([byEtag.status, byEtag.body.length, byEtag.url], [304, 0, `${base}/conditional-feed`]);
    const byDate = await fetcher.fetch(`${base}/conditional-feed`, { ifModifiedSince: first.headers['last-modified'] });
    assert.equal(byDate.status, 304);
    const changed = await fetcher.fetch(`${base}/conditional-feed`, { ifNoneMatch: '"v6"\r\nX-Injected: 1' });
    assert.equal(changed.status, 200, 'a stale validator (control characters stripped) gets the full feed');
    assert.ok(changed.body.length > 0);
  });

  it('undoes gzip content encoding', async () => {
    const res = await allowed().fetch(`${base}/gzip`);
    assert.equal(Buffer.from(res.body).toString(), PAGE);
  });

  it('refuses loopback, private, link-local, metadata and multicast targets that are not allow-listed, before connecting', async () => {
    const fetcher = createHttpFetcher();
    const before = seen.length;
    assert.match(await refusal(fetcher, `${base}/article`), /^refused: 127\.0\.0\.1 is a loopback address/);
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://0177.0.0.1/', 'http://127.1/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/']) {
      assert.match(await refusal(fetcher, url), /loopback address/, url);
    }
    assert.match(await refusal(fetcher, 'http://10.0.0.1/'), /private address/);
    assert.match(await refusal(fetcher, 'http://192.168.0.10:8080/'), /private address/);
    assert.match(await refusal(fetcher, 'http://100.64.1.1/'), /carrier-grade NAT/);
    assert.match(await refusal(fetcher, 'http://169.254.169.254/latest/meta-data/'), /cloud metadata address/);
    assert.match(await refusal(fetcher, 'http://[fe80::1]/'), /link-local address/);
    assert.match(await refusal(fetcher, 'http://[fd00::5]/'), /unique local/);
    assert.match(await refusal(fetcher, 'http://224.0.0.1/'), /multicast address/);
    assert.match(await refusal(fetcher, 'http://localhost:1234/'), /localhost names a local or internal host/);
    assert.match(await refusal(fetcher, 'http://metadata.google.internal/'), /local or internal host/);
    assert.equal(seen.length, before, 'no request reached the local server');
  });

  it('checks the addresses a host name resolves to, and refuses if any is private', async () => {
    const fetcher = createHttpFetcher({ lookup: async (h) => (h === 'news.example' ? [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }] : []) });
    assert.equal(await refusal(fetcher, 'http://news.example/story'), 'refused: news.example resolves to 10.1.2.3, which is a private address (not fetched unless allow-listed)');
    assert.equal(await refusal(fetcher, 'http://unknown.example/'), 'cannot resolve host unknown.example');
  });

  it('checks every redirect like the first request', async () => {
    const fetcher = allowed();
    const before = seen.length;
    assert.match(await refusal(fetcher, `${base}/redirect-other-port`), /^redirect to http:\/\/127\.0\.0\.1:9\/admin: refused: 127\.0\.0\.1 is a loopback address/);
    assert.match(await refusal(fetcher, `${base}/redirect-metadata`), /redirect to http:\/\/169\.254\.169\.254\/latest\/meta-data\/: refused: .*cloud metadata/);
    assert.match(await refusal(fetcher, `${base}/redirect-decimal`), /redirect to http:\/\/127\.0\.0\.1:9\/: refused/);
    assert.equal(seen.length, before + 3, 'only the allow-listed first hops were requested');
    assert.equal(await refusal(fetcher, `${base}/loop`), 'too many redirects (more than 5)');
  });

  it('refuses other schemes and URLs with credentials', async () => {
    const fetcher = allowed();
    assert.match(await refusal(fetcher, 'ftp://files.example/a.txt'), /only http and https/);
    assert.match(await refusal(fetcher, `http://user:secret@${host}/article`), /credentials/);
  });

  it('caps size (declared or streamed, after decompression), time and content type', async () => {
    const fetcher = allowed();
    assert.match(await refusal(fetcher, `${base}/big`), /over the 1048576-byte limit/);
    assert.match(await refusal(fetcher, `${base}/big-chunked`), /over the 1048576-byte limit/);
    assert.match(await refusal(fetcher, `${base}/gzip-bomb`), /over the 1048576-byte limit/);
    assert.equal(await refusal(fetcher, `${base}/image`), 'content type image/png is not an article, feed or record file');
    assert.equal(await refusal(fetcher, `${base}/missing`), 'HTTP 404 Not Found');
    const impatient = createHttpFetcher({ allowHosts: [host], timeoutMs: 150 });
    assert.equal(await refusal(impatient, `${base}/slow`), 'timed out after 0.15 s');
  });

  it('lets ingest read pages and feeds by URL, with refusals as problems', async () => {
    const fetcher = allowed();
    const { records, problems } = await ingestPaths([`${base}/article`, `${base}/feed`, 'http://10.0.0.7/story'], { fetcher });
    assert.deepEqual(records.map((r) => [r.format, r.url]), [['html', `${base}/article`], ['rss', 'https://localwire.example/bridge']]);
    assert.match(records[0]!.html!, /officiéls said/);
    assert.equal(records[1]!.outlet, 'Local Wire');
    assert.equal(records[1]!.published, '2024-02-05T08:00:00.000Z');
    assert.deepEqual(problems, [{ path: 'http://10.0.0.7/story', error: 'refused: 10.0.0.7 is a private address (not fetched unless allow-listed)' }]);
  });
});
