/**
 * Connectors end to end through the CLI: RSS polling with conditional requests and per-feed state,
 * a sitemap index, a single URL and a WARC.gz, all served from a local HTTP server on 127.0.0.1 that
 * only `--allow-host` lets the fetcher reach.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { runCli } from '../helpers/run-cli.ts';
import { openSqliteStore } from '../../src/adapters/store-sqlite/index.ts';

const page = (title: string, paras: string[], extra = '') => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${extra}</head>`
  + `<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article>`
  + '<footer>© Valley Courier. All rights reserved.</footer></body></html>';

const PAGES: Record<string, string> = {
  '/news/dam-inspection': page('Engineers begin inspection of Lake Orrin dam after tremor', [
    'ORRIN FALLS — Engineers began a full inspection of the Lake Orrin dam on Wednesday after a magnitude 4.1 tremor shook the valley overnight, the regional water authority said.',
    'The authority said no cracks had been found in a first walk along the crest, but that divers would examine the upstream face on Thursday as a precaution.',
    '"We have no reason to think the structure was harmed, but we will not guess," said chief engineer Marta Ilves. Residents below the dam were told no evacuation was needed.',
  ]),
  '/news/school-roof': page('School closed for a week after storm tears off gym roof', [
    'HALBERG — Halberg Middle School will stay closed until next Monday after Sunday night\'s storm tore part of the roof off its gymnasium, the district said on Monday.',
    'About 640 pupils will be taught online in the meantime. District spokesman Joel Varga said contractors expected to have the building weatherproof by Friday.',
    'No one was inside the building when the roof failed, and the fire service said the rest of the structure was sound.',
  ]),
  '/news/ferry-fares': page('Ferry fares to rise by 6 percent from March', [
    'PORT ELLEN — Island ferry fares will rise by 6 percent from March 1, the operator announced on Tuesday, citing fuel and crew costs.',
    'Residents with island cards will see a smaller rise of 2 percent. The operator said timetables would not change.',
    '"Nobody likes a fare rise, but the alternative was fewer sailings," said operations director Ana Brandt.',
  ]),
};

const item = (slug: string, title: string, guid: string, date: string, desc: string) =>
  `<item><title>${title}</title><link>BASE/news/${slug}</link><guid isPermaLink="false">${guid}</guid><pubDate>${date}</pubDate><description>${desc}</description></item>`;
const ITEMS = [
  item('dam-inspection', 'Engineers begin inspection of Lake Orrin dam after tremor', 'vc-1001', 'Wed, 07 Feb 2024 09:30:00 GMT', 'Engineers began a full inspection of the Lake Orrin dam after an overnight tremor.'),
  item('gone-missing', 'Council delays vote on bus lanes', 'vc-1002', 'Wed, 07 Feb 2024 11:00:00 GMT',
    'The city council delayed its vote on new bus lanes by a month on Wednesday after traders asked for more time to respond to the plan. Councillor Rhea Moss said the delay would not change the route.'),
  item('school-roof', 'School closed for a week after storm tears off gym roof', 'vc-1003', 'Mon, 05 Feb 2024 16:20:00 GMT', 'Halberg Middle School will stay closed after a storm.'),
];

describe('connectors from the CLI against a local server', () => {
  let server: Server;
  let base: string;
  let host: string;
  let dir: string;
  let feedItems = 2;
  const requests: { url: string; ifNoneMatch?: string }[] = [];
  const feedXml = () => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Valley Courier</title><link>${base}/</link>`
    + `${ITEMS.slice(0, feedItems).join('').replaceAll('BASE', base)}</channel></rss>`;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'synoptic-connectors-'));
    server = createServer((req, res) => {
      const route = req.url ?? '/';
      requests.push({ url: route, ifNoneMatch: req.headers['if-none-match'] });
      if (route === '/feed.xml') {
        const etag = `"feed-v${feedItems}"`;
        if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
        return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedXml());
      }
      if (route === '/not-a-feed') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGES['/news/ferry-fares']);
      if (route === '/sitemap-index.xml') {
        return res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
          + `<sitemap><loc>${base}/sitemap-news.xml</loc><lastmod>2024-02-07</lastmod></sitemap></sitemapindex>`);
      }
      if (route === '/sitemap-news.xml') {
        return res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`
          + `<url><loc>${base}/news/ferry-fares</loc><lastmod>2024-02-06T10:00:00Z</lastmod><news:news><news:publication><news:name>Valley Courier</news:name><news:language>en</news:language></news:publication>`
          + '<news:publication_date>2024-02-06T08:15:00+00:00</news:publication_date><news:title>Ferry fares to rise by 6 percent from March</news:title></news:news></url>'
          + '<url><loc>http://10.0.0.5/news/internal</loc></url>'
          + `<url><loc>/news/school-roof</loc><lastmod>2024-02-05</lastmod></url></urlset>`);
      }
      const html = PAGES[route];
      if (html) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    base = `http://${host}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('polls a feed: new items with their pages, then 304 unchanged, then only the item added since', async () => {
    const store = join(dir, 'poll.sqlite');
    const first = await runCli(['poll', `${base}/feed.xml`, '--store', store, '--allow-host', host, '--quiet']);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, `${base}/feed.xml: 2 new item(s) of 2 (1 page(s) fetched, 1 from the feed's own content (page unavailable)); 2 new document(s) stored\n`);

    const before = requests.length;
    const second = await runCli(['poll', '--store', store, '--allow-host', host, '--quiet']);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, `${base}/feed.xml: unchanged (304 Not Modified)\n`);
    assert.deepEqual(requests.slice(before), [{ url: '/feed.xml', ifNoneMatch: '"feed-v2"' }], 'one conditional request, no page fetched');

    feedItems = 3;
    const third = await runCli(['poll', `${base}/feed.xml`, '--store', store, '--allow-host', host, '--quiet']);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /: 1 new item\(s\) of 3 \(1 page\(s\) fetched\); 1 new document\(s\) stored\n$/);

    const s = openSqliteStore(store);
    try {
      const state = await s.feeds.get(`${base}/feed.xml`);
      assert.deepEqual([state?.etag, state?.itemsSeen, state?.lastOutcome, state?.seenKeys], ['"feed-v3"', 3, 'new', ['id:vc-1003', 'id:vc-1001', 'id:vc-1002']]);
      const docs = await s.documents.getMany((await s.documents.list()).map((d) => d.id));
      const dam = docs.find((d) => d.url === `${base}/news/dam-inspection`);
      assert.ok(dam, 'the article page was stored, not the feed summary');
      assert.match(dam.body, /divers would examine the upstream face/);
      assert.equal(dam.published.date?.slice(0, 10), '2024-02-07', 'the feed date is the page record\'s date evidence');
      const fallback = docs.find((d) => d.sourceId === 'vc-1002');
      assert.match(String(fallback?.meta.pageUnavailable), /^HTTP 404/);
      assert.match(fallback!.text, /delayed its vote on new bus lanes/);
    } finally { await s.close(); }

    const listed = await runCli(['feeds', '--store', store]);
    assert.match(listed.stdout, /feed\.xml {2}3 item\(s\) taken {2}last polled \S+ {2}new\n/);
    const removed = await runCli(['feeds', 'remove', `${base}/feed.xml`, `${base}/never-polled.xml`, '--store', store]);
    assert.equal(removed.code, 2);
    assert.equal(removed.stdout, `${base}/feed.xml: forgotten (its documents stay stored)\n${base}/never-polled.xml: not a polled feed\n`);
    assert.equal((await runCli(['feeds', '--store', store])).stdout, 'no feeds polled yet: run `synoptic poll <feed-url>...` first\n');
  });

  it('refuses bad poll usage with one line: too short an interval, a path instead of a URL, no feeds at all', async () => {
    const store = join(dir, 'usage.sqlite');
    const cases: [string[], string][] = [
      [['poll', `${base}/feed.xml`, '--every', '2'], 'synoptic: --every needs a number of seconds, at least 10\n'],
      [['poll', 'feeds/local.xml'], 'synoptic: poll takes feed URLs (http or https), not "feeds/local.xml"\n'],
      [['poll'], 'synoptic: no feeds to poll: give feed URLs (`synoptic poll https://…/feed.xml`)\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli([...args, '--store', store, '--quiet']);
      assert.deepEqual([r.code, r.stderr], [1, stderr], args.join(' '));
    }
  });

  it('records a failed poll in the feed state and exits 2', async () => {
    const store = join(dir, 'fail.sqlite');
    const { code, stdout } = await runCli(['poll', `${base}/not-a-feed`, `${base}/feed.xml`, '--store', store, '--allow-host', host, '--quiet']);
    assert.equal(code, 2);
    assert.match(stdout, /not-a-feed: failed: not an RSS or Atom feed\n/);
    const s = openSqliteStore(store);
    try {
      const state = await s.feeds.get(`${base}/not-a-feed`);
      assert.deepEqual([state?.lastOutcome, state?.lastError, state?.itemsSeen], ['failed', 'not an RSS or Atom feed', 0]);
    } finally { await s.close(); }
  });

  it('reads a sitemap index: follows it, fetches the listed pages, passes the news date, refuses a private address', async () => {
    const store = join(dir, 'sitemap.sqlite');
    const { code, stdout, stderr } = await runCli(['ingest', `${base}/sitemap-index.xml`, '--store', store, '--allow-host', host, '--quiet']);
    assert.equal(code, 2, 'a listed page was refused');
    assert.match(stdout, /read 2 record\(s\): 2 new document\(s\) stored/);
    assert.equal(stderr, 'http://10.0.0.5/news/internal: refused: 10.0.0.5 is a private address (not fetched unless allow-listed)\n');
    const s = openSqliteStore(store);
    try {
      const docs = await s.documents.getMany((await s.documents.list()).map((d) => d.id));
      const ferry = docs.find((d) => d.url === `${base}/news/ferry-fares`)!;
      assert.equal(ferry.published.date?.slice(0, 10), '2024-02-06');
      assert.equal(ferry.outlet, 'Valley Courier');
      assert.deepEqual([ferry.meta.sitemap, ferry.meta.lastModified], [`${base}/sitemap-news.xml`, '2024-02-06T10:00:00Z']);
      assert.ok(docs.some((d) => d.url === `${base}/news/school-roof`), 'a relative <loc> is resolved against the sitemap URL');
    } finally { await s.close(); }
  });

  it('ingests a single URL only with the allow-list; without it the loopback address is refused', async () => {
    const store = join(dir, 'url.sqlite');
    const refused = await runCli(['ingest', `${base}/news/school-roof`, '--store', store, '--quiet']);
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr, `${base}/news/school-roof: refused: 127.0.0.1 is a loopback address (not fetched unless allow-listed)\n`);
    const allowed = await runCli(['ingest', `${base}/news/school-roof`, '--store', store, '--allow-host', host, '--quiet']);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stdout, /read 1 record\(s\): 1 new document\(s\) stored/);
  });

  it('ingests a CC-NEWS style WARC.gz: only the HTML 200 response, decoded by its HTTP charset', async () => {
    const html = page('Snow closes mountain pass for third day', [
      'BRENNER — The mountain pass stayed closed for a third day on Friday as snowploughs struggled to clear drifts of up to three metres, police said.',
      'Lorry drivers were told to wait at the service areas near Vipiteno. The café at the border station handed out free soup, its owner said.',
    ]);
    const records: { type: 'request' | 'response'; url: string; statusline: string; headers: Record<string, string>; body: string | Buffer }[] = [
      { type: 'request' as const, url: `${base}/news/pass`, statusline: 'GET /news/pass HTTP/1.1', headers: { Host: host }, body: '' },
      { type: 'response' as const, url: `${base}/news/pass`, statusline: 'HTTP/1.1 200 OK', headers: { 'Content-Type': 'text/html; charset=ISO-8859-1' }, body: Buffer.from(html, 'latin1') },
      { type: 'response' as const, url: `${base}/news/missing`, statusline: 'HTTP/1.1 404 Not Found', headers: { 'Content-Type': 'text/html' }, body: Buffer.from(page('Not found', ['This page does not exist any more, sorry.'])) },
      { type: 'response' as const, url: `${base}/logo.png`, statusline: 'HTTP/1.1 200 OK', headers: { 'Content-Type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    ];
    const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(WARCRecord.create({
      url: r.url, date: '2024-02-09T06:00:00Z', type: r.type, warcVersion: 'WARC/1.0', httpHeaders: r.headers, statusline: r.statusline,
    }, [typeof r.body === 'string' ? new TextEncoder().encode(r.body) : new Uint8Array(r.body)]), { gzip: true })));
    const file = join(dir, 'CC-NEWS-20240209060000-00001.warc.gz');
    writeFileSync(file, Buffer.concat(parts));
    const store = join(dir, 'warc.sqlite');
    const { code, stdout, stderr } = await runCli(['ingest', file, '--store', store, '--quiet']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /read 1 record\(s\): 1 new document\(s\) stored/);
    const s = openSqliteStore(store);
    try {
      const [doc] = await s.documents.getMany((await s.documents.list()).map((d) => d.id));
      assert.equal(doc?.url, `${base}/news/pass`);
      assert.match(doc!.text, /The café at the border station/);
      assert.equal(doc!.meta.crawledAt, '2024-02-09T06:00:00Z');
    } finally { await s.close(); }
  });
});
