/**
 * Queued ingest in one process (the in-process queue and a SQLite store): the same stories as the
 * direct incremental ingest, re-ingest stores nothing, and a full disk fails jobs with the reason,
 * writes nothing half-way, and resumes once there is room.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InlineQueue } from '../../src/adapters/queue-inline/index.ts';
import { openSqliteStore } from '../../src/adapters/store-sqlite/index.ts';
import type { Store } from '../../src/core/index.ts';
import { ANALYSE_DELAY_MAX_SECONDS, analyseDelay, enqueueInputs, startWorker, type ReadOutput } from '../../src/pipeline/queue-jobs.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { writeNewsFiles } from './news-corpus.ts';
import { assertConsistent, expectedIds } from './store-checks.ts';

function tmp(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-queue-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function runQueued(store: Store, inputs: string[], maxAnalysedDocuments?: number) {
  const queue = new InlineQueue();
  const reads: ReadOutput[] = [];
  const analysed: number[] = [];
  await startWorker(queue, store, { maxAnalysedDocuments, on: { read: (_input, out) => reads.push(out), analyse: (_id, _written, documents) => analysed.push(documents) } });
  const queued = await enqueueInputs(queue, inputs);
  await queue.drain();
  await queue.stop();
  return { queue, reads, queued, analysed };
}

describe('queued ingest (in-process queue, SQLite store)', () => {
  it('stores each article once and groups them into the same stories as the direct ingest', async (t) => {
    const dir = tmp(t);
    const files = writeNewsFiles(join(dir, 'in'), 0, 40, 8);
    const queuedStore = openSqliteStore(join(dir, 'queued.sqlite'));
    const directStore = openSqliteStore(join(dir, 'direct.sqlite'));
    t.after(async () => { await queuedStore.close(); await directStore.close(); });

    const { queued, reads } = await runQueued(queuedStore, [join(dir, 'in')]);
    assert.equal(queued.jobs, files.length, 'one read job per file in the folder');
    assert.equal(reads.reduce((a, r) => a + r.documents, 0), 40);
    await assertConsistent(queuedStore, await expectedIds(files));

    // The files reach the queue's single assigner in the same order, so the stories are those of one direct ingest.
    for (const f of files) await ingestIntoStore(directStore, [f], { now: new Date() });
    const groups = async (s: Store) => (await s.stories.list({ limit: 1000 })).map((x) => [...x.documentIds].sort().join(',')).sort();
    assert.deepEqual(await groups(queuedStore), await groups(directStore));
    // Documents reach the clusterer in reading order, as in the direct ingest: a story's id (from its first member) is the same.
    const ids = async (s: Store) => (await s.stories.list({ limit: 1000 })).map((x) => x.id).sort();
    assert.deepEqual(await ids(queuedStore), await ids(directStore));
    // Both write each analysed story's span, dated after extraction narrowed its members' dates.
    const spans = async (s: Store) => (await s.stories.list({ limit: 1000 })).map((x) => `${[...x.documentIds].sort().join(',')} ${x.start}..${x.end}`).sort();
    assert.deepEqual(await spans(queuedStore), await spans(directStore));
  });

  it('analyses a story bigger than the bound over a sample, and says so in its report', async (t) => {
    const dir = tmp(t);
    const files = writeNewsFiles(join(dir, 'in'), 0, 40, 8);
    const store = openSqliteStore(join(dir, 'store.sqlite'));
    t.after(() => store.close());
    const { analysed } = await runQueued(store, [join(dir, 'in')], 3);
    assert.ok(analysed.length > 0 && analysed.every((n) => n <= 3), `each analysis read at most 3 documents: ${analysed}`);
    const stories = await store.stories.list({ limit: 1000 });
    const big = stories.filter((s) => s.documentIds.length > 3);
    assert.ok(big.length > 0, 'the corpus has stories past the bound');
    for (const s of stories) {
      const report = (await store.analyses.get(s.id))!;
      const reported = report.stories[0]!;
      assert.deepEqual(reported.documentIds, s.documentIds, 'the report lists every member');
      if (s.documentIds.length <= 3) { assert.equal(reported.sample, undefined); continue; }
      assert.equal(reported.sample!.of, s.documentIds.length);
      assert.deepEqual(report.documents.map((d) => d.id), reported.sample!.documentIds, 'the report holds the sampled documents');
      assert.equal('sample' in s, false, "the story's row keeps its membership only");
    }
    assert.equal(files.length, 5);
  });

  it('re-ingesting a corpus stores nothing new and analyses nothing again', async (t) => {
    const dir = tmp(t);
    const files = writeNewsFiles(join(dir, 'in'), 0, 24, 6);
    const store = openSqliteStore(join(dir, 'store.sqlite'));
    t.after(() => store.close());
    await runQueued(store, files);
    const again = await runQueued(store, files);
    assert.deepEqual(again.reads.map((r) => r.documents), [0, 0, 0, 0]);
    assert.deepEqual(again.reads.map((r) => r.existing), [6, 6, 6, 6]);
    assert.equal((await again.queue.stats('analyse')).completed, 0, 'no story analysed again');
    await assertConsistent(store, await expectedIds(files));
  });

  it('a full disk fails the job with its reason, stores nothing half-way, and resumes when there is room', async (t) => {
    const dir = tmp(t);
    const files = writeNewsFiles(join(dir, 'in'), 0, 12, 12);
    const real = openSqliteStore(join(dir, 'store.sqlite'));
    t.after(() => real.close());
    let full = true;
    // SQLite's own words for ENOSPC; the write is refused before anything of the batch is kept.
    const store: Store = { ...real, capabilities: real.capabilities, stories: real.stories, analyses: real.analyses, runs: real.runs, close: () => real.close(),
      documents: { ...real.documents, put: async (a) => { if (full) throw new Error('database or disk is full'); return real.documents.put(a); } } };

    const first = await runQueued(store, files);
    assert.equal(first.queue.deadLetters.length, 1);
    assert.match(first.queue.deadLetters[0]!.error, /disk is full/);
    assert.deepEqual(first.queue.deadLetters[0]!.data, { input: files[0] });
    assert.equal((await first.queue.stats('read')).failed, 1);
    assert.equal(await real.documents.count(), 0, 'nothing stored');
    assert.equal(await real.stories.getClusterState(), null, 'no story state written');
    assert.deepEqual(await real.stories.getClusterLog(), [], 'nothing logged for the story clusterer');

    full = false;
    const second = await runQueued(store, files);
    assert.equal(second.queue.deadLetters.length, 0);
    await assertConsistent(real, await expectedIds(files));
  });
});

describe('analysis hold', () => {
  it('grows with the story, waits the longest hold while reads are queued, and is off when the base is 0', () => {
    assert.ok(analyseDelay(400) > analyseDelay(4), 'a bigger story waits longer');
    assert.equal(analyseDelay(1_000_000), ANALYSE_DELAY_MAX_SECONDS, 'never beyond the longest hold');
    assert.equal(analyseDelay(4, 30, true), ANALYSE_DELAY_MAX_SECONDS, 'a backlog of reads: the story will grow again');
    assert.equal(analyseDelay(4, 0, true), 0);
  });
});
