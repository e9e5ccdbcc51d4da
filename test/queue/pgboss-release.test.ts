/**
 * Held jobs on PostgreSQL: a job sent with a delay waits, and `release` lets the held jobs of one
 * name run at once (what the assigner does when nothing is left to read), leaving other names held.
 * Skips, saying why, when PostgreSQL is not reachable.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PgBossQueue } from '../../src/adapters/queue-pgboss/index.ts';
import { JOB_NAMES, releaseWhenStreamIdle } from '../../src/pipeline/queue-jobs.ts';
import { freshDatabase, postgresSkipReason } from './postgres-db.ts';

const skip = await postgresSkipReason('held-job release test');

it('release runs the held jobs of one name at once and leaves the others held', { skip, timeout: 60_000 }, async (t) => {
  const db = await freshDatabase('release');
  t.after(() => db.drop());
  const queue = await PgBossQueue.start({ connectionString: db.url, pollingIntervalSeconds: 0.5 });
  t.after(() => queue.stop());

  const ran: string[] = [];
  let done!: () => void;
  const allRan = new Promise<void>((r) => { done = r; });
  await queue.work<{ storyId: string }>('analyse', async (jobs) => {
    for (const j of jobs) ran.push(j.data.storyId);
    if (ran.length === 2) done();
  }, { batchSize: 4 });

  // Ten minutes' hold: without release these could not run within the test's time limit.
  await queue.enqueue('analyse', { storyId: 'harbour-strike' }, { singletonKey: 'analyse:harbour-strike', delaySeconds: 600 });
  await queue.enqueue('analyse', { storyId: 'budget-vote' }, { singletonKey: 'analyse:budget-vote', delaySeconds: 600 });
  await queue.enqueue('other', { storyId: 'kept' }, { delaySeconds: 600 });
  // A repeat of a held job folds into it instead of queueing a second one.
  assert.equal(await queue.enqueue('analyse', { storyId: 'harbour-strike' }, { singletonKey: 'analyse:harbour-strike', delaySeconds: 600 }), null);
  assert.equal((await queue.stats('analyse')).queued, 2);

  assert.equal(await queue.release('analyse'), 2);
  await allRan;
  assert.deepEqual(ran.sort(), ['budget-vote', 'harbour-strike']);
  assert.equal((await queue.stats('other')).queued, 1, 'a job of another name stays held');
  assert.equal(await queue.release('analyse'), 0, 'nothing is left to release');
});

it('held analyses are released only once no read job is queued or running and no assign job waits', { skip, timeout: 60_000 }, async (t) => {
  const db = await freshDatabase('release_reads');
  t.after(() => db.drop());
  const queue = await PgBossQueue.start({ connectionString: db.url, pollingIntervalSeconds: 0.5 });
  t.after(() => queue.stop());

  await queue.enqueue(JOB_NAMES.analyse, { storyId: 'port-closure' }, { singletonKey: 'analyse:port-closure', delaySeconds: 600 });
  await queue.enqueue(JOB_NAMES.read, { input: 'feeds/evening.jsonl' });
  assert.equal(await releaseWhenStreamIdle(queue), 0, 'a read is still queued: its documents may grow the story');

  let readDone!: () => void;
  const read = new Promise<void>((r) => { readDone = r; });
  await queue.work(JOB_NAMES.read, async () => { setImmediate(readDone); });
  await read;
  // The read job is marked completed just after its handler returns.
  while ((await queue.stats(JOB_NAMES.read)).active > 0) await new Promise((r) => setTimeout(r, 50));
  await queue.enqueue(JOB_NAMES.assign, { ids: ['doc-1'] });
  assert.equal(await releaseWhenStreamIdle(queue), 0, 'an assign job waits: it may still grow the story');
  await queue.work(JOB_NAMES.assign, async () => {});
  while ((await queue.stats(JOB_NAMES.assign)).completed === 0) await new Promise((r) => setTimeout(r, 50));
  assert.equal(await releaseWhenStreamIdle(queue), 1);
  assert.equal(await releaseWhenStreamIdle(queue), 0);
});
