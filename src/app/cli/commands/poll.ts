/**
 * @module commands/poll — `synoptic poll [feed-url...] [--every SECONDS [--rounds N]]`: poll RSS/Atom
 * feeds into the store (conditional requests, each item once, its article page fetched); with no URL,
 * every feed polled before. `synoptic feeds` lists the stored feeds and how their last poll went;
 * `synoptic feeds remove <url>...` forgets feeds (their documents stay).
 */
import { openStore } from '../../../adapters/open-store.ts';
import { UsageError } from '../../../core/errors.ts';
import { pollFeeds, type FeedPollResult } from '../../../pipeline/poll-feeds.ts';
import type { CommandContext } from './context.ts';

/** 10 s: polling a feed more often than this only loads the publisher's server. */
const MIN_EVERY_SECONDS = 10;

export function describePoll(r: FeedPollResult): string {
  if (r.outcome === 'failed') return `${r.url}: failed: ${r.error}`;
  if (r.outcome === 'unchanged') return `${r.url}: unchanged (304 Not Modified)`;
  if (!r.newItems) return `${r.url}: ${r.items} item(s), none new`;
  const from = [`${r.pages} page(s) fetched`, ...(r.fromFeedContent ? [`${r.fromFeedContent} from the feed's own content (page unavailable)`] : [])];
  return `${r.url}: ${r.newItems} new item(s) of ${r.items} (${from.join(', ')}); ${r.stored} new document(s) stored`;
}

export async function pollCommand(ctx: CommandContext): Promise<number> {
  const every = ctx.values.every === undefined ? null : Number(ctx.values.every);
  if (every !== null && !(Number.isFinite(every) && every >= MIN_EVERY_SECONDS)) throw new UsageError(`--every needs a number of seconds, at least ${MIN_EVERY_SECONDS}`);
  const rounds = ctx.values.rounds === undefined ? (every === null ? 1 : Infinity) : Number(ctx.values.rounds);
  if (!(Number.isInteger(rounds) && rounds >= 1) && rounds !== Infinity) throw new UsageError('--rounds needs a whole number, at least 1');
  for (const url of ctx.positionals) if (!/^https?:\/\/\S+$/i.test(url)) throw new UsageError(`poll takes feed URLs (http or https), not "${url}"`);

  const store = await openStore(ctx.store);
  let stopping = false;
  let wake = () => {};
  const stop = () => { stopping = true; wake(); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const urls = ctx.positionals.length ? ctx.positionals : (await store.feeds.list({ limit: 10_000 })).map((f) => f.url);
    if (!urls.length) throw new UsageError('no feeds to poll: give feed URLs (`synoptic poll https://…/feed.xml`)');
    let failed = 0;
    for (let round = 1; round <= rounds && !stopping; round++) {
      const runId = await store.runs.start('poll', urls);
      const results = await pollFeeds(store, urls, { now: new Date(), onProgress: ctx.progress, fetcher: ctx.fetcher });
      failed = results.filter((r) => r.outcome === 'failed').length;
      await store.runs.finish(runId, { feeds: results.length, failed, newItems: results.reduce((n, r) => n + r.newItems, 0) });
      for (const r of results) ctx.stdout.write(describePoll(r) + '\n');
      if (round < rounds && every !== null && !stopping) {
        ctx.stderr.write(`next poll in ${every} s (Ctrl-C to stop)\n`);
        await new Promise<void>((resolve) => { const t = setTimeout(resolve, every * 1000); wake = () => { clearTimeout(t); resolve(); }; });
      }
    }
    return failed ? 2 : 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await store.close();
  }
}

export async function feedsCommand(ctx: CommandContext): Promise<number> {
  const [action, ...urls] = ctx.positionals;
  if (action !== undefined && action !== 'remove') throw new UsageError(`unknown feeds action "${action}" (feeds, or feeds remove <url>...)`);
  if (action === 'remove' && !urls.length) throw new UsageError('feeds remove needs the feed URLs to forget');
  const store = await openStore(ctx.store);
  try {
    if (action === 'remove') {
      let missing = 0;
      for (const url of urls) {
        const removed = await store.feeds.remove(url);
        if (!removed) missing++;
        ctx.stdout.write(`${url}: ${removed ? 'forgotten (its documents stay stored)' : 'not a polled feed'}\n`);
      }
      return missing ? 2 : 0;
    }
    const feeds = await store.feeds.list({ limit: 10_000 });
    if (!feeds.length) ctx.stdout.write('no feeds polled yet: run `synoptic poll <feed-url>...` first\n');
    for (const f of feeds) {
      const last = f.lastOutcome === 'failed' ? `failed: ${f.lastError}` : f.lastOutcome ?? 'never polled';
      ctx.stdout.write(`${f.url}  ${f.itemsSeen} item(s) taken  last polled ${f.lastPolledAt ?? '-'}  ${last}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
