/**
 * @module store.contract — one behaviour suite that every Store adapter must pass.
 * Each adapter's test calls runStoreContract with a factory for a fresh, empty store.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../types/article.ts';
import type { Story } from '../types/story.ts';
import { REPORT_SCHEMA_ID, type Report } from '../types/report.ts';
import type { FeedState, Store } from './store.ts';

export interface StoreContractOptions {
  name: string;
  makeStore: () => Promise<Store>;
  /** A reason to skip (e.g. "PostgreSQL not reachable"), printed by the runner. */
  skip?: string | false;
}

export function sampleArticle(id: string, title: string, body: string): Article {
  return {
    id, path: `/corpus/${id}.txt`, url: null, sourceId: null, text: `${title}\n\n${body}`, title, subtitle: null, byline: null,
    outlet: 'Example Daily', wire: [], language: 'en',
    published: { date: '2021-03-04', earliest: '2021-03-04', latest: '2021-03-04', confidence: 0.9, basis: 'dateline' },
    rejectedDates: [], body, boilerplate: [], wordCount: body.split(/\s+/).length,
    titleSpan: { documentId: id, start: 0, end: title.length },
    paragraphs: [{ documentId: id, start: title.length + 2, end: title.length + 2 + body.length }], format: 'text', meta: {},
  };
}

export function runStoreContract({ name, makeStore, skip }: StoreContractOptions): void {
  describe(`Store contract: ${name}`, { skip: skip || false }, () => {
    const harbour = sampleArticle('a1', 'Harbour reopens after storm', 'The port authority said the harbour reopened on Tuesday after repairs.');
    const council = sampleArticle('b2', 'Council approves budget', 'The city council approved a budget of 12 million dollars on Monday.');

    it('stores a document once and reports a second put of the same id as existing', async () => {
      const store = await makeStore();
      try {
        assert.deepEqual(await store.documents.put([harbour]), { created: ['a1'], existing: [] });
        assert.deepEqual(await store.documents.put([harbour, council]), { created: ['b2'], existing: ['a1'] });
        assert.equal(await store.documents.count(), 2);
        assert.deepEqual(await store.documents.get('a1'), harbour);
        assert.equal(await store.documents.get('missing'), null);
      } finally { await store.close(); }
    });

    it('treats the same id twice in one put as one document', async () => {
      const store = await makeStore();
      try {
        assert.deepEqual(await store.documents.put([harbour, harbour]), { created: ['a1'], existing: ['a1'] });
        assert.equal(await store.documents.count(), 1);
      } finally { await store.close(); }
    });

    it('lists documents in ingest order with pagination', async () => {
      const store = await makeStore();
      try {
        await store.documents.put([harbour, council]);
        const page1 = await store.documents.list({ limit: 1 });
        const page2 = await store.documents.list({ limit: 1, offset: 1 });
        assert.equal(page1.length, 1);
        assert.equal(page2.length, 1);
        assert.notEqual(page1[0]!.id, page2[0]!.id);
        assert.deepEqual((await store.documents.getMany(['b2', 'a1'])).map((a) => a.id), ['b2', 'a1']);
      } finally { await store.close(); }
    });

    it('finds documents by words of their body or title, and ignores query syntax', async () => {
      const store = await makeStore();
      try {
        await store.documents.put([harbour, council]);
        if (!store.documents.search) return;
        const hits = await store.documents.search('budget');
        assert.deepEqual(hits.map((h) => h.id), ['b2']);
        assert.match(hits[0]!.snippet, /budget/);
        assert.deepEqual(await store.documents.search('"unbalanced OR ('), []);
      } finally { await store.close(); }
    });

    it('upserts stories, keeps the clusterer state and per-story analyses', async () => {
      const store = await makeStore();
      try {
        const story: Story = { id: 's1', title: 'Harbour', documentIds: ['a1'], start: null, end: null, outlets: [], topTerms: [] };
        await store.stories.put([story]);
        await store.stories.put([{ ...story, documentIds: ['a1', 'b2'] }]);
        assert.deepEqual((await store.stories.get('s1'))?.documentIds, ['a1', 'b2']);
        assert.equal((await store.stories.list()).length, 1);
        assert.equal(await store.stories.getClusterState(), null);
        await store.stories.putClusterState({ df: { harbour: 2 } });
        assert.deepEqual(await store.stories.getClusterState(), { df: { harbour: 2 } });
        // The log: batches since the snapshot, in order; a snapshot drops the entries it holds.
        const first = await store.stories.appendClusterLog(['a1', 'b2']);
        const second = await store.stories.appendClusterLog(['c3']);
        assert.ok(second > first);
        assert.deepEqual(await store.stories.getClusterLog(), [{ seq: first, ids: ['a1', 'b2'] }, { seq: second, ids: ['c3'] }]);
        await store.stories.putClusterState({ df: { harbour: 3 } }, first);
        assert.deepEqual(await store.stories.getClusterLog(), [{ seq: second, ids: ['c3'] }]);
        await store.stories.putClusterState({ df: { harbour: 4 } });
        assert.deepEqual(await store.stories.getClusterLog(), []);
        assert.deepEqual(await store.stories.getClusterState(), { df: { harbour: 4 } });
        const report = { schema: REPORT_SCHEMA_ID, generatedAt: '2021-03-05T00:00:00Z' } as unknown as Report;
        await store.analyses.put('s1', report);
        assert.deepEqual(await store.analyses.get('s1'), report);
      } finally { await store.close(); }
    });

    it('keeps per-feed polling state, replaced whole on put, listed by URL, removable', async () => {
      const store = await makeStore();
      try {
        assert.equal(await store.feeds.get('https://news.example/rss'), null);
        const state: FeedState = {
          url: 'https://news.example/rss', etag: 'W/"abc-123"', lastModified: 'Tue, 06 Feb 2024 21:00:00 GMT',
          lastPolledAt: '2024-02-07T03:00:00.000Z', lastOutcome: 'new', lastError: null, itemsSeen: 2, seenKeys: ['guid-2', 'guid-1'],
        };
        await store.feeds.put(state);
        assert.deepEqual(await store.feeds.get(state.url), state);
        const failed: FeedState = { ...state, lastPolledAt: '2024-02-07T04:00:00.000Z', lastOutcome: 'failed', lastError: 'HTTP 503 Service Unavailable' };
        await store.feeds.put(failed);
        await store.feeds.put({ ...state, url: 'https://other.example/atom.xml', etag: null, lastModified: null, itemsSeen: 0, seenKeys: [] });
        assert.deepEqual(await store.feeds.get(state.url), failed);
        assert.deepEqual((await store.feeds.list()).map((f) => f.url), ['https://news.example/rss', 'https://other.example/atom.xml']);
        assert.deepEqual((await store.feeds.list({ limit: 1, offset: 1 })).map((f) => f.url), ['https://other.example/atom.xml']);
        assert.equal(await store.feeds.remove(state.url), true);
        assert.equal(await store.feeds.remove(state.url), false);
        assert.equal(await store.feeds.get(state.url), null);
      } finally { await store.close(); }
    });

    it('records runs with their summary', async () => {
      const store = await makeStore();
      try {
        const id = await store.runs.start('ingest', ['corpus/']);
        await store.runs.finish(id, { created: 2 });
        const [run] = await store.runs.list();
        assert.equal(run?.id, id);
        assert.deepEqual(run?.summary, { created: 2 });
        assert.ok(run?.finishedAt);
      } finally { await store.close(); }
    });
  });
}
