import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSink } from '../sink.ts';
import { readFeed } from './rss.ts';

const ctx = (path: string) => ({ path, url: null, encodingNote: null });
const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

function read(xml: string, path = 'feeds/world.xml') {
  const sink = createSink(null);
  readFeed(xml, ctx(path), sink);
  return sink;
}

describe('readers/rss', () => {
  it('reads RSS 2.0 items: content:encoded as HTML, link, title, pubDate, guid, and the channel title as outlet', () => {
    const { records, problems } = read(fixture('001-rss-feed/input.xml'));
    assert.deepEqual(problems, []);
    assert.equal(records.length, 3);
    const [a, b, c] = records as [typeof records[0] & object, typeof records[0] & object, typeof records[0] & object];
    assert.equal(a.format, 'rss');
    assert.equal(a.path, 'feeds/world.xml#1');
    assert.equal(a.title, 'Flood defences hold as river peaks');
    assert.equal(a.url, 'https://harbourgazette.example/2024/02/06/flood-defences');
    assert.equal(a.outlet, 'Harbour Gazette — World');
    assert.equal(a.published, '2024-02-06T07:15:00.000Z');
    assert.equal(a.sourceId, 'hg-20240206-flood');
    assert.match(a.html!, /<p>The river peaked overnight/);
    assert.equal(a.text, null);
    assert.equal(a.meta.author, 'Maria Jensen');
    // description without markup is text; an item with only a title is still a record
    assert.equal(b.html, null);
    assert.match(b.text!, /^Council approves budget/);
    assert.equal(c.title, 'Live: results as they come in');
    assert.equal(c.text, null);
  });

  it('reads Atom entries: alternate link, content or summary, published else updated', () => {
    const { records, problems } = read(fixture('002-atom-feed/input.xml'));
    assert.deepEqual(problems, []);
    assert.equal(records.length, 2);
    assert.equal(records[0]!.format, 'atom');
    assert.equal(records[0]!.url, 'https://northwire.example/a/ferry-strike');
    assert.equal(records[0]!.outlet, 'Northwire');
    assert.equal(records[0]!.published, '2024-02-05T18:00:00Z');
    assert.match(records[0]!.html!, /Ferry crews walked out/);
    assert.equal(records[1]!.published, '2024-02-04T10:00:00Z');
    assert.match(records[1]!.text!, /Short summary only/);
  });

  it('reads RSS 1.0 (RDF) items with dc:date', () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://daily.example/"><title>Daily Example</title></channel>
      <item rdf:about="https://daily.example/1"><title>Rail line reopens</title><link>https://daily.example/1</link><description>Trains ran again on Monday.</description><dc:date>2024-01-29</dc:date></item>
    </rdf:RDF>`;
    const { records } = read(xml);
    assert.equal(records.length, 1);
    assert.equal(records[0]!.outlet, 'Daily Example');
    assert.equal(records[0]!.published, '2024-01-29');
  });

  it('reports a truncated feed on one line, with the line and column, and keeps nothing made up', () => {
    const whole = fixture('001-rss-feed/input.xml');
    const { problems } = read(whole.slice(0, Math.floor(whole.length * 0.6)));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.error, /^malformed XML feed \(line \d+, column \d+: .+\)/);
    assert.doesNotMatch(problems[0]!.error, /\n/);
  });

  it('reads the items of a feed with a bare ampersand, and says it was malformed', () => {
    const xml = '<rss version="2.0"><channel><title>Town & Country</title><item><title>Fish & chips shop wins award</title><description>Judges praised the batter.</description></item></channel></rss>';
    const { records, problems } = read(xml);
    assert.equal(records.length, 1);
    assert.equal(records[0]!.outlet, 'Town & Country');
    assert.match(problems[0]!.error, /malformed XML feed .*1 item\(s\) recovered/);
  });

  it('says so when the feed has no items', () => {
    const { problems } = read('<rss version="2.0"><channel><title>Empty</title></channel></rss>');
    assert.deepEqual(problems.map((p) => p.error), ['feed has no items']);
  });
});
