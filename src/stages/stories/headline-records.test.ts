/**
 * Bare headline records (JSONL with only title, url, outlet, published, as headline feeds give) through the
 * real ingest and clean stages into the clusterer, and the URL slug as a second, keyword-style headline.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../ingest/index.ts';
import { clean } from '../clean/index.ts';
import { createStoryClusterer } from './index.ts';
import { slugText } from './features.ts';
import type { Article } from '../../core/index.ts';

const now = new Date('2024-05-03T00:00:00Z');

const FEED = [
  { title: 'Ferry capsizes off Lesbos, dozens missing', url: 'https://www.example-news.com/2024/05/02/ferry-capsizes-off-lesbos-dozens-missing', outlet: 'Example News', published: '2024-05-02T08:10:00Z' },
  { title: 'Central bank holds rates steady, signals cut in autumn', url: 'https://www.example-news.com/business/central-bank-holds-rates-steady', outlet: 'Example News', published: '2024-05-02T08:40:00Z' },
  { title: 'Dozens missing after migrant boat sinks near Lesbos', url: 'https://www.another-daily.com/world/migrant-boat-sinks-lesbos-coastguard-search', outlet: 'Another Daily', published: '2024-05-02T09:30:00Z' },
  { title: 'Coastguard widens search for Lesbos ferry survivors', url: 'https://regional-times.example/news/lesbos-ferry-survivors-search-widened', outlet: 'Regional Times', published: '2024-05-02T11:05:00Z' },
  { title: 'Rates on hold as central bank eyes autumn cut', url: 'https://markets.example/2024/05/02/rates-on-hold-central-bank-autumn-cut', outlet: 'Markets Wire', published: '2024-05-02T12:00:00Z' },
];

async function readFeed(lines: object[]): Promise<Article[]> {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-headlines-'));
  try {
    const path = join(dir, 'feed.jsonl');
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const { records } = await ingestPaths([path], {});
    return records.map((r) => clean(r, { now }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bare headline records', () => {
  it('cluster by event across outlets, read through the real ingest and clean stages', async () => {
    const docs = await readFeed(FEED);
    assert.equal(new Set(docs.map((d) => d.id)).size, FEED.length, 'each headline record is a document of its own');
    const c = createStoryClusterer(undefined, { now });
    for (const d of docs) c.add(d);
    const story = (i: number) => c.storyOf(docs[i]!.id);
    assert.equal(story(2), story(0));
    assert.equal(story(3), story(0));
    assert.equal(story(4), story(1));
    assert.notEqual(story(0), story(1));
    const ferry = c.stories().find((s) => s.id === story(0))!;
    assert.deepEqual([...ferry.outlets].sort(), ['Another Daily', 'Example News', 'Regional Times']);
    assert.equal(ferry.start, '2024-05-02');
  });

  it('reads a URL slug as extra words, so differently worded headlines of one event meet', () => {
    const headline = (id: string, title: string, url: string | null): Article => ({
      id, path: id, url, sourceId: id, text: title, title, subtitle: null, byline: null, outlet: id, wire: [], language: 'en',
      published: { date: '2024-05-02', earliest: '2024-05-02', latest: '2024-05-02', confidence: 1, basis: 'test' }, rejectedDates: [],
      body: title, boilerplate: [], wordCount: title.split(' ').length, titleSpan: { documentId: id, start: 0, end: title.length },
      paragraphs: [], format: 'jsonl', meta: {},
    });
    const a = headline('a', 'Ferry capsizes off Lesbos', 'https://a.example/2024/05/02/ferry-capsizes-off-lesbos-aegean');
    const b = headline('b', 'Dozens feared dead in the Aegean', 'https://b.example/world/aegean-ferry-disaster-lesbos-dozens-feared-dead');
    const run = (opts: { slugWeight?: number }) => {
      const c = createStoryClusterer(undefined, opts);
      c.add(a);
      c.add(b);
      return c.storyOf('a') === c.storyOf('b');
    };
    assert.equal(run({}), true, 'with the slugs the two headlines share ferry, Lesbos, Aegean');
    assert.equal(run({ slugWeight: 0 }), false, 'the headlines alone share no word');
  });

  it('takes the slug words of a URL and leaves out ids, dates and file endings', () => {
    assert.equal(slugText('https://www.example.com/2014/03/10/us-ebay-icahn-idUSBREA1Q1CB20140310'), 'us ebay icahn');
    assert.equal(slugText('https://news.example.org/world/ferry_capsizes_off_lesbos.html?utm=x'), 'ferry capsizes off lesbos');
    assert.equal(slugText('https://www.example.com/article2/0,2817,2454785,00.asp'), '');
    assert.equal(slugText('not a url'), '');
    assert.equal(slugText(null), '');
  });
});
