import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSink } from '../sink.ts';
import { readJson } from './json.ts';

const ctx = { path: 'scrape/records.json', url: null, encodingNote: null };
const BODY = 'GENEVA (AP) — Negotiators resumed talks on Tuesday after a two-week pause.\n\n"We are closer than we were," one diplomat said.';

function read(text: string) {
  const sink = createSink(null);
  readJson(text, ctx, sink);
  return sink;
}

describe('readers/json', () => {
  it('reads one record with the contract fields, keeping its text exactly and unknown fields in meta', () => {
    const rec = { id: 'ap-1182', url: 'https://news.example/geneva-talks', title: 'Talks resume in Geneva', text: BODY, published: '2023-03-14T09:30:00Z', outlet: 'Example News', section: 'World', tags: ['diplomacy'] };
    const { records, problems } = read(JSON.stringify(rec));
    assert.deepEqual(problems, []);
    assert.equal(records.length, 1);
    const r = records[0]!;
    assert.equal(r.text, BODY);
    assert.equal(r.path, 'scrape/records.json');
    assert.equal(r.format, 'json');
    assert.equal(r.sourceId, 'ap-1182');
    assert.equal(r.url, 'https://news.example/geneva-talks');
    assert.equal(r.title, 'Talks resume in Geneva');
    assert.equal(r.published, '2023-03-14T09:30:00Z');
    assert.equal(r.outlet, 'Example News');
    assert.deepEqual(r.meta, { section: 'World', tags: ['diplomacy'] });
  });

  it('takes body when there is no text, html when there is neither, and epoch milliseconds as ISO', () => {
    const { records } = read(JSON.stringify([
      { id: 7, body: BODY, published: 1678786200000 },
      { html: '<html><body><p>Page</p></body></html>', published: '2023-03-14' },
      { title: 'Headline only' },
    ]));
    assert.equal(records.length, 3);
    assert.equal(records[0]!.text, BODY);
    assert.equal(records[0]!.sourceId, '7');
    assert.equal(records[0]!.published, '2023-03-14T09:30:00.000Z');
    assert.equal(records[0]!.path, 'scrape/records.json#1');
    assert.equal(records[1]!.html, '<html><body><p>Page</p></body></html>');
    assert.equal(records[1]!.text, null);
    assert.equal(records[1]!.published, '2023-03-14');
    assert.equal(records[2]!.title, 'Headline only');
  });

  it('names a record that has none of text, body, html, title, and reads the others', () => {
    const { records, problems } = read(JSON.stringify([{ text: BODY }, { url: 'https://news.example/x', outlet: 'Example' }, { text: 42 }]));
    assert.equal(records.length, 1);
    assert.deepEqual(problems.map((p) => p.error), [
      'record 2: record has none of the fields text, body, html, title (or they are empty)',
      'record 3: field "text" must be a string, not a number',
    ]);
  });

  it('reads markup under an alias such as content as HTML, but keeps text exactly even when it looks like markup', () => {
    const { records } = read(JSON.stringify([{ content: '<p>Ferries resumed.</p>' }, { text: '<p>Literal text.</p>' }]));
    assert.equal(records[0]!.html, '<p>Ferries resumed.</p>');
    assert.equal(records[0]!.text, null);
    assert.equal(records[1]!.text, '<p>Literal text.</p>');
  });

  it('reads an object wrapping one array of records, as APIs return', () => {
    const { records } = read(JSON.stringify({ status: 'ok', totalResults: 2, articles: [{ title: 'One', text: 'First story.' }, { title: 'Two', text: 'Second story.' }] }));
    assert.deepEqual(records.map((r) => r.title), ['One', 'Two']);
  });

  it('reads JSON Lines: a malformed line is one problem naming its line, the rest are read', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'First report from the port.' }),
      '{"id": "b", "text": "cut off',
      '',
      JSON.stringify({ id: 'c', text: 'Third report.', published: 'Tue, 14 Mar 2023 09:30:00 GMT' }),
    ].join('\r\n');
    const { records, problems } = read(lines);
    assert.deepEqual(records.map((r) => [r.sourceId, r.path, r.format]), [['a', 'scrape/records.json#1', 'jsonl'], ['c', 'scrape/records.json#4', 'jsonl']]);
    assert.equal(records[1]!.published, '2023-03-14T09:30:00.000Z');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.error, /^line 2: not valid JSON \(.+\)$/);
  });

  it('says plainly when a file is not JSON at all', () => {
    const { records, problems } = read('{ this is not json');
    assert.equal(records.length, 0);
    assert.match(problems[0]!.error, /^not valid JSON \(/);
  });

  it('keeps an unparseable date in meta rather than guessing', () => {
    const { records } = read(JSON.stringify({ text: BODY, published: 'last Tuesday' }));
    assert.equal(records[0]!.published, null);
    assert.equal(records[0]!.meta.unparsedPublished, 'last Tuesday');
  });
});
