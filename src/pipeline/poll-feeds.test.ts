import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../core/errors.ts';
import type { FetchedResource, Fetcher, FetchOptions } from '../core/ports/fetcher.ts';
import { openSqliteStore } from '../adapters/store-sqlite/index.ts';
import { itemKey, pollFeed } from './poll-feeds.ts';

const FEED = 'https://tidewater.example/rss';
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Tidewater Post</title>${items}</channel></rss>`;
const item = (n: number, extra = '') => `<item><title>Pier ${n} reopens to anglers</title><link>https://tidewater.example/pier-${n}</link>${extra}`
  + `<description>Pier ${n} reopened to anglers on Saturday after the council finished repairs to its deck, a spokeswoman said.</description></item>`;
const page = (n: number) => `<!doctype html><html><head><title>Pier ${n} reopens</title></head><body><article><h1>Pier ${n} reopens to anglers</h1>`
  + `<p>Pier ${n} reopened to anglers on Saturday after the council finished repairs to its deck, spokeswoman Lena Ortiz said.</p>`
  + `<p>The pier had been closed since a winter storm broke ${n + 10} of its planks.</p></article></body></html>`;

/** Answers from a table of URL → body (or a failure reason); remembers the validators each call sent. */
function fakeWeb(table: Record<string, string | Error>, headers: Record<string, string> = {}): Fetcher & { calls: { url: string; opts?: FetchOptions }[] } {
  const calls: { url: string; opts?: FetchOptions }[] = [];
  return {
    calls,
    async fetch(url, opts) {
      calls.push({ url, opts });
      const body = table[url];
      if (body === undefined) throw new InputError(url, 'HTTP 404 Not Found');
      if (body instanceof Error) throw new InputError(url, body.message);
      const r: FetchedResource = { requestedUrl: url, url, status: 200, contentType: 'text/html', charset: 'utf-8', headers, body: new TextEncoder().encode(body) };
      return r;
    },
  };
}

describe('pollFeed', () => {
  it('keeps the previous validators and items when the feed cannot be fetched, and records the error', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const now = new Date('2024-03-02T10:00:00Z');
      const ok = fakeWeb({ [FEED]: rss(item(1)), 'https://tidewater.example/pier-1': page(1) }, { etag: '"t1"' });
      assert.equal((await pollFeed(store, FEED, { now, fetcher: ok })).result.newItems, 1);
      const down = fakeWeb({ [FEED]: new Error('timed out after 20 s') });
      const { result } = await pollFeed(store, FEED, { now: new Date('2024-03-02T11:00:00Z'), fetcher: down });
      assert.deepEqual([result.outcome, result.error], ['failed', 'timed out after 20 s']);
      assert.deepEqual(down.calls[0]!.opts, { ifNoneMatch: '"t1"', ifModifiedSince: null });
      const state = await store.feeds.get(FEED);
      assert.deepEqual([state?.etag, state?.itemsSeen, state?.lastOutcome, state?.lastError, state?.lastPolledAt], ['"t1"', 1, 'failed', 'timed out after 20 s', '2024-03-02T11:00:00.000Z']);
    } finally { await store.close(); }
  });

  it('takes the items a malformed feed still yields, and reports the defect', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const web = fakeWeb({ [FEED]: rss(item(2) + item(3)).replace('</channel></rss>', '<item><title>Broken'), 'https://tidewater.example/pier-2': page(2), 'https://tidewater.example/pier-3': page(3) });
      const { result, summary } = await pollFeed(store, FEED, { now: new Date('2024-03-02T10:00:00Z'), fetcher: web });
      assert.deepEqual([result.outcome, result.newItems, result.pages, result.stored], ['new', 2, 2, 2]);
      assert.match(summary!.problems[0]!.error, /^malformed XML feed \(.+\); 2 item\(s\) recovered$/);
    } finally { await store.close(); }
  });

  it('resolves a relative item link against the feed URL and fetches that page', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const web = fakeWeb({ [FEED]: rss(item(7).replace('https://tidewater.example/pier-7', '/pier-7')), 'https://tidewater.example/pier-7': page(7) });
      const { result } = await pollFeed(store, FEED, { now: new Date('2024-03-02T10:00:00Z'), fetcher: web });
      assert.deepEqual([result.pages, result.fromFeedContent], [1, 0]);
      assert.deepEqual(web.calls.map((c) => c.url), [FEED, 'https://tidewater.example/pier-7']);
    } finally { await store.close(); }
  });

  it('remembers at most maxSeenKeys item keys, newest first', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const table: Record<string, string> = { [FEED]: rss([4, 5, 6].map((n) => item(n, `<guid>tp-${n}</guid>`)).join('')) };
      for (const n of [4, 5, 6]) table[`https://tidewater.example/pier-${n}`] = page(n);
      await pollFeed(store, FEED, { now: new Date('2024-03-02T10:00:00Z'), fetcher: fakeWeb(table), maxSeenKeys: 2 });
      const state = await store.feeds.get(FEED);
      assert.deepEqual([state?.itemsSeen, state?.seenKeys], [3, ['id:tp-4', 'id:tp-5']]);
    } finally { await store.close(); }
  });

  it('keys items by guid, else link, else title and content', () => {
    const base = { path: 'f#1', format: 'rss' as const, sourceId: null, url: null, title: 'Tide table', text: 'High water at 06:12.', html: null, published: null, outlet: null, meta: {} };
    assert.equal(itemKey({ ...base, sourceId: 'g1', url: 'https://x.example/a' }), 'id:g1');
    assert.equal(itemKey({ ...base, url: 'https://x.example/a' }), 'url:https://x.example/a');
    assert.equal(itemKey(base), 'title:Tide table:High water at 06:12.');
  });
});
