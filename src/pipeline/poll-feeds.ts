/**
 * @module poll-feeds — poll RSS/Atom feeds into the store, taking each item once.
 *
 * Per feed:
 *  1. fetch it with the validators stored from the last answer (If-None-Match / If-Modified-Since);
 *     a 304 means nothing changed and nothing more is fetched
 *  2. read its items; an item whose key (guid, else link, else title) was taken before is skipped
 *  3. fetch each new item's article page; when the page cannot be had, the item's own content stands
 *     in for it (the record says so in `meta.pageUnavailable`)
 *  4. store the documents through the incremental path (new stories, touched analyses)
 *  5. save the feed's state: validators, when polled, outcome, last error, items taken
 * A failure of one feed (network, not a feed) is recorded in its state and does not stop the others.
 */
import type { Problem, RawArticle, Store } from '../core/index.ts';
import type { FeedState } from '../core/ports/store.ts';
import type { Fetcher } from '../core/ports/fetcher.ts';
import { InputError } from '../core/errors.ts';
import { ingestFetched, ingestPaths } from '../stages/ingest/index.ts';
import { storeRecords, type IngestSummary } from './ingest-into-store.ts';
import type { RunOptions } from './run.ts';

export interface PollOptions extends RunOptions {
  fetcher: Fetcher;
  /** Item keys remembered per feed: more than a feed ever lists at once, so an old item never returns as new. */
  maxSeenKeys?: number;
}

export interface FeedPollResult {
  url: string;
  outcome: 'new' | 'unchanged' | 'failed';
  /** Items the feed listed (0 when unchanged or failed). */
  items: number;
  /** Items not taken before. */
  newItems: number;
  /** New items whose article page was fetched and read. */
  pages: number;
  /** New items stored from the feed's own content because their page could not be read. */
  fromFeedContent: number;
  /** Documents newly stored (an item may be a copy of one already stored). */
  stored: number;
  error: string | null;
}

/** 5,000: feeds list 10–100 items; this keeps months of a busy feed's keys in a few hundred KB. */
const DEFAULT_MAX_SEEN_KEYS = 5000;

export async function pollFeed(store: Store, url: string, opts: PollOptions): Promise<{ result: FeedPollResult; summary: IngestSummary | null }> {
  const previous = await store.feeds.get(url);
  const state: FeedState = previous ?? { url, etag: null, lastModified: null, lastPolledAt: null, lastOutcome: null, lastError: null, itemsSeen: 0, seenKeys: [] };
  const result: FeedPollResult = { url, outcome: 'failed', items: 0, newItems: 0, pages: 0, fromFeedContent: 0, stored: 0, error: null };
  const polledAt = opts.now.toISOString();
  const fail = async (error: string) => {
    result.error = error;
    await store.feeds.put({ ...state, lastPolledAt: polledAt, lastOutcome: 'failed', lastError: error });
    return { result, summary: null };
  };

  let res;
  try {
    res = await opts.fetcher.fetch(url, { ifNoneMatch: state.etag, ifModifiedSince: state.lastModified });
  } catch (err) {
    return fail(err instanceof InputError ? err.message : `download failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  if (res.status === 304) {
    result.outcome = 'unchanged';
    await store.feeds.put({ ...state, lastPolledAt: polledAt, lastOutcome: 'unchanged', lastError: null });
    return { result, summary: null };
  }

  const read = await ingestFetched(res);
  // Relative item links are resolved against the feed's final URL (some feeds write "/2024/story").
  const items = read.records.filter((r) => r.format === 'rss' || r.format === 'atom').map((r) => ({ ...r, url: resolveLink(r.url, res.url) }));
  if (!items.length) return fail(read.problems[0]?.error ?? 'not an RSS or Atom feed');
  result.items = items.length;

  const seen = new Set(state.seenKeys);
  const fresh: { key: string; item: RawArticle }[] = [];
  for (const item of items) {
    const key = itemKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push({ key, item });
  }
  result.newItems = fresh.length;

  const records: RawArticle[] = [];
  const problems: Problem[] = [...read.problems];
  for (const { item } of fresh) {
    const page = item.url && /^https?:\/\//i.test(item.url) ? await ingestPaths([item.url], { fetcher: opts.fetcher }) : null;
    const pageRecords = page?.records.filter((r) => r.format === 'html') ?? [];
    if (pageRecords.length) {
      result.pages++;
      records.push(...pageRecords.map((p) => fromPage(p, item, url)));
    } else {
      result.fromFeedContent++;
      const why = page ? page.problems[0]?.error ?? 'page is not an HTML article' : 'item has no http(s) link';
      records.push({ ...item, meta: { ...item.meta, feed: url, pageUnavailable: why } });
    }
  }

  const summary = records.length ? await storeRecords(store, records, problems, opts) : null;
  result.stored = summary?.created.length ?? 0;
  result.outcome = 'new';
  const keys = [...fresh.map((f) => f.key), ...state.seenKeys].slice(0, opts.maxSeenKeys ?? DEFAULT_MAX_SEEN_KEYS);
  await store.feeds.put({
    url, etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null, lastPolledAt: polledAt,
    lastOutcome: 'new', lastError: null, itemsSeen: state.itemsSeen + fresh.length, seenKeys: keys,
  });
  return { result, summary };
}

/** Poll each feed in turn. */
export async function pollFeeds(store: Store, urls: string[], opts: PollOptions): Promise<FeedPollResult[]> {
  const results: FeedPollResult[] = [];
  for (const url of urls) results.push((await pollFeed(store, url, opts)).result);
  return results;
}

function resolveLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

/** The identity of an item across polls: its guid/id, else its link, else its title. */
export function itemKey(item: RawArticle): string {
  if (item.sourceId) return `id:${item.sourceId}`;
  if (item.url) return `url:${item.url}`;
  return `title:${item.title ?? ''}:${(item.text ?? item.html ?? '').slice(0, 200)}`;
}

/** The article page's record, with what the feed said about it where the page is silent. */
function fromPage(page: RawArticle, item: RawArticle, feedUrl: string): RawArticle {
  return {
    ...page,
    sourceId: item.sourceId,
    title: page.title ?? item.title,
    published: page.published ?? item.published,
    outlet: page.outlet ?? item.outlet,
    meta: { ...page.meta, feed: feedUrl, ...(item.meta.author ? { author: item.meta.author } : {}), ...(item.meta.categories ? { categories: item.meta.categories } : {}) },
  };
}
