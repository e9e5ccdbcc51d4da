/** The stored clusterer is its snapshot plus the logged batches replayed in order: the same stories as the live one. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../adapters/store-sqlite/index.ts';
import type { RawArticle } from '../core/index.ts';
import { createStoryClusterer } from '../stages/stories/index.ts';
import { cleanAll } from './run.ts';
import { loadClusterer } from './load-clusterer.ts';

const topics = [
  { place: 'Harbourton', what: 'dock workers walked out over pay', who: 'union leader Mara Quinn' },
  { place: 'Eastfield', what: 'the river burst its banks after two days of rain', who: 'fire chief Tomas Reyes' },
  { place: 'Norland', what: 'parliament passed the budget by four votes', who: 'finance minister Ada Brandt' },
];

function article(n: number): RawArticle {
  const t = topics[n % topics.length]!;
  const day = 10 + Math.floor(n / topics.length);
  const text = `In ${t.place}, ${t.what}, officials said on March ${day}.\n\n` +
    `"We are watching it closely," said ${t.who}, speaking to reporters in ${t.place} for report ${n}.\n\n` +
    `Local outlets said the events in ${t.place} were the biggest there in years, and more updates were expected.`;
  return { path: `wire-${n}.jsonl#1`, format: 'jsonl', sourceId: null, url: null, html: null, meta: {}, text, title: `${t.place}: ${t.what} (${n})`, outlet: `Outlet ${n % 4}`, published: `2024-03-${String(day).padStart(2, '0')}` };
}

it('replays the log over the snapshot into the same stories as the live clusterer', async () => {
  const store = openSqliteStore(':memory:');
  try {
    const { documents } = cleanAll(Array.from({ length: 18 }, (_, n) => article(n)), new Date('2024-04-01T00:00:00Z'), []);
    await store.documents.put(documents);
    const live = createStoryClusterer();
    const batches = [documents.slice(0, 6), documents.slice(6, 12), documents.slice(12)];
    for (const [i, batch] of batches.entries()) {
      for (const d of batch) live.add(d);
      const seq = await store.stories.appendClusterLog(batch.map((d) => d.id));
      if (i === 0) await store.stories.putClusterState(live.state(), seq); // snapshot after the first batch only
    }
    assert.equal((await store.stories.getClusterLog()).length, 2, 'two batches wait in the log');

    const clusterer = await loadClusterer(store);
    const members = (c: typeof live) => c.stories().map((s) => [s.id, [...s.documentIds].sort()]).sort();
    assert.deepEqual(members(clusterer), members(live));
    assert.ok(live.stories().length >= 2 && live.stories().length < documents.length, 'the articles form a few stories');
    assert.equal((await store.stories.getClusterLog()).length, 2, 'loading replays the log without changing it');
  } finally { await store.close(); }
});
