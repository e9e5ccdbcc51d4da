import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, symlinkSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ingestPaths } from './index.ts';
import type { RawArticle } from '../../core/index.ts';
import { encodeLegacy } from '../../../test/fixtures/ingest/encode-legacy.ts';

const ARTICLE = 'Harbour reopens after week-long closure\r\n\r\nPORTSMOUTH (Reuters) - The city’s harbour reopened on Tuesday after a week-long closure caused by storm damage, the port authority said.\r\n';
const PAGE = '<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Grève des dockers</title></head><body><p>Les dockers ont cessé le travail mardi, a annoncé le syndicat.</p></body></html>';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

async function warcGz(url: string, html: string): Promise<Uint8Array> {
  const rec = WARCRecord.create({ url, date: '2024-02-07T03:12:45Z', type: 'response', warcVersion: 'WARC/1.0', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, [new TextEncoder().encode(html)]);
  return WARCSerializer.serialize(rec, { gzip: true });
}

describe('ingestPaths', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'synoptic-ingest-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (...p: string[]) => join(dir, ...p);

  it('walks a folder recursively, tells formats by content, and skips hidden files, metadata and media', async () => {
    const root = at('corpus');
    mkdirSync(join(root, 'feeds', 'archive'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(root, '.notes.txt'), 'private notes');
    writeFileSync(join(root, 'README.md'), '# About this scrape\n');
    writeFileSync(join(root, 'photo.jpg'), JPEG);
    writeFileSync(join(root, 'site.css'), 'body { color: red }');
    writeFileSync(join(root, 'a-article.txt'), ARTICLE);
    writeFileSync(join(root, 'b-page.dat'), encodeLegacy(PAGE, 'windows-1252'));
    writeFileSync(join(root, 'feeds', 'world.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Radio</title><item><title>Storm warning lifted</title><link>https://coastradio.example/storm</link><description>The warning was lifted at noon.</description></item></channel></rss>');
    writeFileSync(join(root, 'feeds', 'archive', 'records.txt'), [JSON.stringify({ id: 'r1', text: 'First record.' }), JSON.stringify({ id: 'r2', body: 'Second record.' })].join('\n') + '\n');
    writeFileSync(join(root, 'feeds', 'archive', 'crawl.bin'), await warcGz('https://coastnews.example/a', '<html><body><p>Crawled page.</p></body></html>'));
    const { records, problems } = await ingestPaths([root]);
    assert.deepEqual(problems, []);
    assert.deepEqual(records.map((r) => [r.path.slice(root.length + 1), r.format]), [
      ['a-article.txt', 'text'],
      ['b-page.dat', 'html'],
      ['feeds/archive/crawl.bin#1', 'html'],
      ['feeds/archive/records.txt#1', 'jsonl'],
      ['feeds/archive/records.txt#2', 'jsonl'],
      ['feeds/world.rss#1', 'rss'],
    ]);
    assert.match(records[1]!.html!, /Les dockers ont cessé le travail mardi/);
    assert.equal(records[2]!.url, 'https://coastnews.example/a');
    assert.equal(records[5]!.outlet, 'Coast Radio');
  });

  it('gives a plain-text file’s decoded contents exactly as its text (CRLF kept, byte-order mark dropped)', async () => {
    writeFileSync(at('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    const { records } = await ingestPaths([at('bom.txt')]);
    assert.equal(records[0]!.text, ARTICLE);
    assert.deepEqual(records[0]!.meta, {});
  });

  it('reports each bad input on one line naming it and the reason, and still reads the good ones', async () => {
    const bad = at('bad');
    mkdirSync(bad);
    mkdirSync(at('empty-folder'));
    mkdirSync(at('only-media'));
    writeFileSync(at('only-media', 'chart.png'), PNG);
    writeFileSync(join(bad, 'good.txt'), ARTICLE);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'blank.txt'), '  \n\n ');
    writeFileSync(join(bad, 'binary.txt'), PNG);
    writeFileSync(join(bad, 'data.txt'), Buffer.from([0x41, 0x42, 0, 0, 7, 3, 0x43, 0, 1, 2]));
    // UTF-8 in which half the non-ASCII bytes are stray: not decodable as anything sensible.
    writeFileSync(join(bad, 'garbled.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? [0xc3, 0xa9] : i % 3 === 1 ? [0xff] : [0x61])).flat()));
    writeFileSync(join(bad, 'records.jsonl'), `${JSON.stringify({ text: 'Kept record.' })}\n{"text": "broken\n${JSON.stringify({ text: 'Also kept.' })}\n`);
    writeFileSync(join(bad, 'feed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>Half an item</tit');
    writeFileSync(join(bad, 'sitemap.xml'), '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>');
    symlinkSync('loop-b', join(bad, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(bad, 'loop-b'));
    const huge = openSync(join(bad, 'huge.txt'), 'w');
    ftruncateSync(huge, 100 * 1024 * 1024);
    closeSync(huge);
    const { records, problems } = await ingestPaths([bad, at('empty-folder'), at('only-media'), at('no-such-file.txt'), 'http://news.example/article']);
    const byName = new Map(problems.map((p) => [p.path.slice(p.path.lastIndexOf('/') + 1), p.error]));
    assert.deepEqual(Object.fromEntries(byName), {
      'blank.txt': 'file holds only whitespace',
      'binary.txt': 'PNG image, not an article',
      'data.txt': 'binary data, not an article',
      'empty.txt': 'empty file',
      'feed.xml': byName.get('feed.xml'),
      'garbled.txt': byName.get('garbled.txt'),
      'huge.txt': 'file is 100.0 MB, over the 20.0 MB limit for text, HTML, JSON and feed files (option maxFileBytes)',
      'loop-a.txt': 'cannot be read: too many symbolic links (a link loop?)',
      'loop-b': 'cannot be read: too many symbolic links (a link loop?)',
      'records.jsonl': byName.get('records.jsonl'),
      'sitemap.xml': 'sitemap lists 1 page(s), but URLs cannot be read here: no fetcher configured',
      'empty-folder': 'folder is empty',
      'only-media': 'folder holds no articles (1 file(s) skipped as not articles)',
      'no-such-file.txt': 'no such file or folder',
      article: 'URLs cannot be read here: no fetcher configured',
    });
    assert.match(byName.get('feed.xml')!, /^malformed XML feed \(line 1, column \d+: .+\)/);
    assert.match(byName.get('garbled.txt')!, /^unreadable text: \d+% of characters cannot be decoded as utf-8$/);
    assert.match(byName.get('records.jsonl')!, /^line 2: not valid JSON/);
    for (const p of problems) assert.doesNotMatch(p.error, /\n|\bat .+:\d+:\d+/, `${p.path}: one line, no stack`);
    assert.deepEqual(records.map((r) => r.text), [ARTICLE, 'Kept record.', 'Also kept.']);
  });

  it('streams a JSON Lines file over the whole-file limit, skipping a line over the record limit', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Report number ${i} from the wire desk.` }));
    lines[10] = JSON.stringify({ id: 'big', text: 'x'.repeat(5000) });
    writeFileSync(at('big.jsonl'), lines.join('\n'));
    const { records, problems } = await ingestPaths([at('big.jsonl')], { maxFileBytes: 1000, maxRecordBytes: 4096 });
    assert.equal(records.length, 49);
    assert.equal(records[10]!.path, `${at('big.jsonl')}#12`);
    assert.deepEqual(problems.map((p) => p.error), ['line 11: longer than the 4 KB record limit, skipped']);
  });

  it('reads gzipped records, and refuses a gzip that inflates past the limit', async () => {
    writeFileSync(at('records.json.gz'), gzipSync(JSON.stringify([{ title: 'Zipped', text: 'Compressed record.' }])));
    writeFileSync(at('bomb.gz'), gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x61)));
    const { records, problems } = await ingestPaths([at('records.json.gz'), at('bomb.gz')], { maxFileBytes: 1024 * 1024 });
    assert.equal(records[0]!.text, 'Compressed record.');
    assert.deepEqual(problems.map((p) => p.error), ['decompresses to more than the 1.0 MB limit (option maxFileBytes)']);
  });

  it('follows a folder link that points back up only once', async () => {
    const root = at('linked');
    mkdirSync(join(root, 'inner'), { recursive: true });
    writeFileSync(join(root, 'inner', 'story.txt'), ARTICLE);
    symlinkSync('..', join(root, 'inner', 'up'));
    const { records, problems } = await ingestPaths([root]);
    assert.deepEqual(problems, []);
    assert.deepEqual(records.map((r) => r.path.slice(root.length + 1)), ['inner/story.txt']);
  });

  it('hands records to onRecord without keeping them, for very large inputs', async () => {
    const seen: RawArticle[] = [];
    const { records } = await ingestPaths([at('bom.txt')], { onRecord: (r) => seen.push(r) });
    assert.equal(records.length, 0);
    assert.equal(seen.length, 1);
  });
});
