import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { InputError } from '../../../core/errors.ts';
import type { FetchedResource, Fetcher } from '../../../core/ports/fetcher.ts';
import { ingestPaths } from '../index.ts';
import { parseSitemap } from './sitemap-parse.ts';

const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
const urlset = (entries: string) => `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries}</urlset>`;
const index = (locs: string[]) => `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;

/** An in-memory web: URL → body; anything else is a 404. Records what was asked. */
function fakeWeb(pages: Record<string, string>): Fetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async fetch(url: string): Promise<FetchedResource> {
      asked.push(url);
      const body = pages[url];
      if (body === undefined) throw new InputError(url, 'HTTP 404 Not Found');
      const contentType = body.startsWith('<?xml') ? 'application/xml' : 'text/html';
      return { requestedUrl: url, url, status: 200, contentType, charset: 'utf-8', headers: {}, body: new TextEncoder().encode(body) };
    },
  };
}

describe('readers/sitemap', () => {
  it('parses a news sitemap: locations, lastmod, publication date, title and publication name, with any namespace prefix', () => {
    const xml = urlset(`<url><loc>https://harbourtimes.example/2024/02/06/tunnel-opens</loc><lastmod>2024-02-06T12:00:00Z</lastmod>
      <news:news><news:publication><news:name>Harbour Times</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-02-06T07:45:00+01:00</news:publication_date><news:title>Tunnel opens &amp; traffic eases</news:title></news:news></url>
      <url><loc>ftp://files.example/a</loc></url><url><loc>  </loc></url>`).replace('xmlns:news=', 'xmlns:n=').replaceAll('news:', 'n:').replace('xmlns:n="http://www.google.com/schemas/sitemap-n/0.9"', 'xmlns:n="http://www.google.com/schemas/sitemap-news/0.9"');
    const map = parseSitemap(xml, null, 100);
    assert.ok(!('error' in map));
    assert.equal(map.kind, 'urlset');
    assert.deepEqual([map.unusable, map.overLimit], [2, 0]);
    assert.deepEqual(map.entries, [{
      loc: 'https://harbourtimes.example/2024/02/06/tunnel-opens', lastmod: '2024-02-06T12:00:00Z', newsDate: '2024-02-06T07:45:00+01:00',
      newsTitle: 'Tunnel opens & traffic eases', newsPublication: 'Harbour Times',
    }]);
  });

  it('names what is wrong with XML that is not a sitemap, and with a sitemap listing nothing usable', () => {
    assert.deepEqual(parseSitemap('<?xml version="1.0"?><catalog><book/></catalog>', null, 10), { error: 'XML is not a sitemap (<urlset> or <sitemapindex>)' });
    const empty = parseSitemap(urlset(''), null, 10);
    assert.ok(!('error' in empty) && empty.entries.length === 0);
  });

  it('follows an index to its sitemaps and reads the listed pages with the news date as their date evidence', async () => {
    const web = fakeWeb({
      'https://harbourtimes.example/sitemap.xml': index(['https://harbourtimes.example/sitemap-news.xml']),
      'https://harbourtimes.example/sitemap-news.xml': urlset(`<url><loc>https://harbourtimes.example/tunnel</loc><lastmod>2024-02-06</lastmod><news:news><news:publication><news:name>Harbour Times</news:name></news:publication><news:publication_date>2024-02-06</news:publication_date><news:title>Tunnel opens</news:title></news:news></url>
        <url><loc>https://harbourtimes.example/gone</loc></url><url><loc>https://harbourtimes.example/tunnel</loc></url>`),
      'https://harbourtimes.example/tunnel': page('Tunnel opens under the harbour', 'The new road tunnel opened to traffic on Tuesday morning, two years late.'),
    });
    const { records, problems } = await ingestPaths(['https://harbourtimes.example/sitemap.xml'], { fetcher: web });
    assert.deepEqual(records.map((r) => [r.path, r.format, r.url, r.published, r.title, r.outlet]), [
      ['https://harbourtimes.example/tunnel', 'html', 'https://harbourtimes.example/tunnel', '2024-02-06', 'Tunnel opens', 'Harbour Times'],
    ]);
    assert.deepEqual(records[0]!.meta, { sitemap: 'https://harbourtimes.example/sitemap-news.xml', lastModified: '2024-02-06' });
    assert.deepEqual(problems, [{ path: 'https://harbourtimes.example/gone', error: 'HTTP 404 Not Found' }]);
    assert.equal(web.asked.filter((u) => u.endsWith('/tunnel')).length, 1, 'a page listed twice is fetched once');
  });

  it('reads a gzipped sitemap (sitemap.xml.gz) like a plain one', async () => {
    const xml = urlset('<url><loc>https://gz.example/flood</loc><news:news><news:publication_date>2024-03-01T06:00:00Z</news:publication_date></news:news></url>');
    const web = fakeWeb({ 'https://gz.example/flood': page('River bursts its banks', 'The river burst its banks at dawn on Friday, flooding the lower town.') });
    const gz: Fetcher = { fetch: async (url) => (url.endsWith('.gz') ? { requestedUrl: url, url, status: 200, contentType: 'application/gzip', charset: null, headers: {}, body: gzipSync(xml) } : web.fetch(url)) };
    const { records, problems } = await ingestPaths(['https://gz.example/sitemap.xml.gz'], { fetcher: gz });
    assert.deepEqual(problems, []);
    assert.deepEqual(records.map((r) => [r.url, r.published]), [['https://gz.example/flood', '2024-03-01T06:00:00Z']]);
  });

  it('stops an index that lists itself at the depth limit, and caps pages per input, saying so', async () => {
    const self = 'https://loop.example/sitemap.xml';
    const web = fakeWeb({ [self]: index([self]) });
    const loop = await ingestPaths([self], { fetcher: web });
    assert.equal(web.asked.length, 3, 'the index, then two nested levels');
    assert.deepEqual(loop.problems.map((p) => p.error), ['sitemap index nested deeper than 2 level(s): not followed (option maxSitemapDepth)']);

    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`https://many.example/p${i}`, page(`Report ${i}`, `Council report number ${i} was published on Monday.`)]));
    const web2 = fakeWeb({ ...many, 'https://many.example/sitemap.xml': urlset(Object.keys(many).map((u) => `<url><loc>${u}</loc></url>`).join('')) });
    const capped = await ingestPaths(['https://many.example/sitemap.xml'], { fetcher: web2, maxSitemapPages: 3 });
    assert.equal(capped.records.length, 3);
    assert.deepEqual(capped.problems.map((p) => p.error), ['2 page(s) not read: over the 3-page limit (option maxSitemapPages)']);
  });
});
