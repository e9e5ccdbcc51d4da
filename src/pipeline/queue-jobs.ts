/**
 * @module queue-jobs — ingest and analysis as queued jobs, for `synoptic enqueue` and `synoptic worker`.
 *
 * Workflow:
 *  1. enqueue: one `read` job per input file or URL (folders are walked here, so files spread over workers)
 *  2. read (any worker, in parallel): ingest + clean the input, store its documents in one transaction
 *     (content-addressed, so a re-run stores nothing twice), then queue an `assign` job with every id read
 *  3. assign (one worker at a time: an exclusive queue): documents not yet in the clusterer join their
 *     stories; stories are stored, an `analyse` job is queued per touched story, then the batch's ids are
 *     appended to the clusterer's log (its state is snapshotted about once a minute). A crash before the
 *     append repeats the batch from the snapshot and log, which is deterministic.
 *  4. analyse (any worker): one story over its stored documents; its report is stored unless the
 *     story changed meanwhile (a newer `analyse` job for it is then queued and will write). The story's
 *     own row is written by the assigner alone: the analysis result goes back to it as an `assign` job,
 *     so a slow analysis can never put back an older membership.
 *
 * Every job is idempotent, so a retry or a job run twice (a worker killed mid-job) changes nothing.
 */
import { stat } from 'node:fs/promises';
import type { Problem, Store, Story } from '../core/index.ts';
import type { Job, Queue } from '../core/ports/queue.ts';
import type { Fetcher } from '../core/ports/fetcher.ts';
import { defaultIngestOptions, ingestPaths, walkFolder } from '../stages/ingest/index.ts';
import type { StoryClusterer } from '../stages/stories/index.ts';
import { cleanAll } from './run.ts';
import { inlineAnalyser, type StoryAnalyser } from './analysis-thread.ts';
import { analysisSample } from './analysis-sample.ts';
import { loadClusterer } from './load-clusterer.ts';

export const JOB_NAMES = { read: 'read', assign: 'assign', analyse: 'analyse' } as const;
export interface ReadJob { input: string }
export interface AssignJob {
  /** Documents to place in stories (those already placed are skipped). */
  ids?: string[];
  /** An analysis result for the story row, applied only if the story still has these members. */
  analysed?: { storyId: string; documentIds: string[]; independentSources: number; start?: string | null; end?: string | null };
}
export interface AnalyseJob { storyId: string }

/** What a read job keeps as its output (`documents` is what `status` counts as throughput). */
export interface ReadOutput { documents: number; existing: number; problems: Problem[] }

export interface WorkerEvents {
  read?(input: string, out: ReadOutput): void;
  assign?(documents: number, stories: number): void;
  /** `documents`: the story's size when analysed; `written` is false when it changed meanwhile (the result is dropped). */
  analyse?(storyId: string, written: boolean, documents: number): void;
  /**
   * Time spent: per job name, wall time in its handler (handlers overlap while they wait on the
   * database); `clean`, `cluster` and `analysis`, the synchronous computing inside them.
   */
  timing?(name: string, ms: number, jobs: number): void;
}

/**
 * An analyse job waits before it may run, so a story still growing (the next read jobs' documents) folds
 * into the one queued job instead of being analysed again for each batch. A big story waits longer: its
 * analysis costs more than linearly in its size, and it is the one most likely to grow again. The wait
 * only bounds how stale a report gets while documents keep arriving: once nothing is left to read or assign, the
 * waiting analyses are released (see `releaseWhenStreamIdle`).
 */
export const ANALYSE_DELAY_SECONDS = 30;
export const ANALYSE_DELAY_MAX_SECONDS = 600;
export function analyseDelay(documents: number, base = ANALYSE_DELAY_SECONDS, backlog = false): number {
  if (!base) return 0;
  // With reads still queued (a backfill, a burst of feeds) the story will almost surely grow again before the
  // backlog drains, and its analysis would only compete with the reading: it waits the longest hold, and is
  // released as soon as the stream is idle. A live stream without a backlog keeps the short hold.
  return backlog ? ANALYSE_DELAY_MAX_SECONDS : Math.min(ANALYSE_DELAY_MAX_SECONDS, base + Math.floor(documents / 4));
}

export interface WorkerOptions {
  fetcher?: Fetcher | null;
  /** Where stories are analysed (default: on this thread; `synoptic worker` uses a thread of its own). */
  analyser?: StoryAnalyser;
  analyseDelaySeconds?: number;
  /** Documents analysed per story at most (see analysis-sample); 0: no bound. */
  maxAnalysedDocuments?: number;
  now?: () => Date;
  on?: WorkerEvents;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Queue one read job per file (folders walked) or URL; unreadable paths come back as problems. */
export async function enqueueInputs(queue: Queue, inputs: string[], opts: { retryLimit?: number } = {}): Promise<{ jobs: number; problems: Problem[] }> {
  const problems: Problem[] = [];
  let jobs = 0;
  const send = async (input: string) => {
    // The input is the key: the same file queued twice before a worker reads it is one job.
    if (await queue.enqueue<ReadJob>(JOB_NAMES.read, { input }, { singletonKey: `read:${input}`, retryLimit: opts.retryLimit })) jobs++;
  };
  for (const input of inputs) {
    if (isUrl(input)) { await send(input); continue; }
    let info;
    try { info = await stat(input); } catch (err) {
      problems.push({ path: input, error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message });
      continue;
    }
    if (!info.isDirectory()) { await send(input); continue; }
    let files = 0;
    for await (const entry of walkFolder(input, defaultIngestOptions)) {
      if (entry.kind === 'problem') problems.push({ path: entry.path, error: entry.error });
      else if (entry.kind === 'file') { files++; await send(entry.path); }
    }
    if (!files) problems.push({ path: input, error: 'folder holds no files to read' });
  }
  return { jobs, problems };
}

/** Start working every job name on this queue; returns when the handlers are registered. */
export async function startWorker(queue: Queue, store: Store, opts: WorkerOptions = {}): Promise<void> {
  const now = opts.now ?? (() => new Date());
  const timed = <T>(name: string, fn: (jobs: Job<T>[]) => Promise<object | void>) => async (jobs: Job<T>[]) => {
    const t0 = performance.now();
    try { return await fn(jobs); } finally { opts.on?.timing?.(name, performance.now() - t0, jobs.length); }
  };
  await queue.work<ReadJob>(JOB_NAMES.read, timed(JOB_NAMES.read, async ([job]) => readJob(queue, store, job!, opts, now())));
  const assigner = new Assigner(queue, store, opts);
  await queue.work<AssignJob>(JOB_NAMES.assign, timed(JOB_NAMES.assign, (jobs) => assigner.run(jobs)), { exclusive: true, batchSize: 64 });
  await queue.work<AnalyseJob>(JOB_NAMES.analyse, timed(JOB_NAMES.analyse, async (jobs) => {
    // Side by side: an analyser with several threads runs them at once; one thread queues them.
    // All settle before a failure fails the batch, so no analysis is still running when its job is retried.
    const settled = await Promise.allSettled(jobs.map((job) => analyseJob(queue, store, job.data.storyId, opts, now())));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }), { batchSize: 4 });
  // The assigner checks after each batch; this also covers a last read that finished after its assign
  // batch had looked. Failures (the queue stopping) are left to the next tick.
  const timer = setInterval(() => { void releaseWhenStreamIdle(queue).catch(() => {}); }, RELEASE_CHECK_SECONDS * 1000);
  timer.unref();
}

async function readJob(queue: Queue, store: Store, job: Job<ReadJob>, opts: WorkerOptions, now: Date): Promise<ReadOutput> {
  const { input } = job.data;
  const { records, problems } = await ingestPaths([input], { fetcher: opts.fetcher ?? null });
  const t0 = performance.now();
  const { documents } = cleanAll(records, now, problems);
  opts.on?.timing?.('clean', performance.now() - t0, 1);
  // Stories are assigned in reading order (a stream's clusterer is order-sensitive, as in `synoptic ingest`);
  // the store gets one insertion order for every writer, so concurrent overlapping transactions cannot deadlock.
  const ids = documents.map((d) => d.id);
  const { created, existing } = await store.documents.put([...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  // Every id read, not only the new ones: if an earlier run stored them and died before this line, they still get assigned.
  if (ids.length) await queue.enqueue<AssignJob>(JOB_NAMES.assign, { ids });
  const out = { documents: created.length, existing: existing.length, problems };
  opts.on?.read?.(input, out);
  return out;
}

/**
 * The clusterer's state is snapshotted at most this often; between snapshots each batch appends its
 * documents to the log (a few kB), instead of rewriting a state that grows with the corpus (20 MB at 100k).
 */
export const SNAPSHOT_SECONDS = 60;
/**
 * And only once the log holds this share of the clustered documents: the state grows with the corpus, so a
 * snapshot a minute would cost O(N) a minute (~200 MB at 1M); this way snapshots cost O(1) per document
 * (amortised) and a restart replays at most this share of the corpus.
 */
export const SNAPSHOT_LOG_SHARE = 0.1;

/** The single assigner: keeps the clusterer in memory between batches while it holds the queue. */
class Assigner {
  private clusterer: StoryClusterer | null = null;
  private snapshotAt = 0;
  /** Documents logged since the last snapshot (or since this assigner loaded the state). */
  private logged = 0;

  constructor(private readonly queue: Queue, private readonly store: Store, private readonly opts: WorkerOptions) {}

  async run(jobs: Job<AssignJob>[]): Promise<{ assigned: number; stories: number }> {
    try {
      this.clusterer ??= await loadClusterer(this.store);
      const clusterer = this.clusterer;
      const ids = [...new Set(jobs.flatMap((j) => j.data.ids ?? []))].filter((id) => clusterer.storyOf(id) === null);
      let touched: Story[] = [];
      if (ids.length) {
        const docs = await this.store.documents.getMany(ids);
        const t0 = performance.now();
        const logged = clusterer.maintenance().length;
        for (const doc of docs) clusterer.add(doc);
        // Touched: the stories the new documents joined, and those a merge or split among them reshaped
        // (a split-off story may hold only older documents).
        const touchedIds = new Set(docs.map((d) => clusterer.storyOf(d.id)!));
        for (const m of clusterer.maintenance().slice(logged)) { touchedIds.add(clusterer.resolve(m.from)); touchedIds.add(clusterer.resolve(m.into)); }
        touched = clusterer.stories(touchedIds);
        this.opts.on?.timing?.('cluster', performance.now() - t0, jobs.length);
        await this.store.stories.put(touched);
        const reads = await this.queue.stats(JOB_NAMES.read);
        for (const s of touched) await this.queue.enqueue<AnalyseJob>(JOB_NAMES.analyse, { storyId: s.id }, { singletonKey: `analyse:${s.id}`, delaySeconds: analyseDelay(s.documentIds.length, this.opts.analyseDelaySeconds, reads.queued > 0) });
        // Logged last: a crash before this line repeats the batch from the stored snapshot and log.
        const seq = await this.store.stories.appendClusterLog(docs.map((d) => d.id));
        this.logged += docs.length;
        if (Date.now() - this.snapshotAt >= SNAPSHOT_SECONDS * 1000 && this.logged >= SNAPSHOT_LOG_SHARE * clusterer.stats().documents) {
          const t1 = performance.now();
          const state = clusterer.state();
          this.opts.on?.timing?.('cluster', performance.now() - t1, 0);
          await this.store.stories.putClusterState(state, seq);
          this.snapshotAt = Date.now();
          this.logged = 0;
        }
        this.opts.on?.assign?.(docs.length, touched.length);
      }
      await this.applyAnalyses(jobs.flatMap((j) => j.data.analysed ?? []));
      await releaseWhenStreamIdle(this.queue);
      return { assigned: ids.length, stories: touched.length };
    } catch (err) {
      this.clusterer = null; // the stored state is the truth again; the retried batch starts from it
      throw err;
    }
  }

  private async applyAnalyses(results: NonNullable<AssignJob['analysed']>[]): Promise<void> {
    const updated: Story[] = [];
    for (const r of results) {
      const story = await this.store.stories.get(r.storyId);
      if (story && sameMembers(story.documentIds, r.documentIds)) updated.push({ ...story, independentSources: r.independentSources, ...(r.start !== undefined ? { start: r.start, end: r.end ?? null } : {}) });
    }
    if (updated.length) await this.store.stories.put(updated);
  }
}

/**
 * With no read job queued or running and no assign job waiting, the stream has stopped for now: the
 * analyses held back for folding have nothing left to fold, so they may run at once. (Released while
 * the assigner still had a backlog, they would run on memberships about to change, and run again.)
 */
export async function releaseWhenStreamIdle(queue: Queue): Promise<number> {
  const [reads, assigns] = await Promise.all([queue.stats(JOB_NAMES.read), queue.stats(JOB_NAMES.assign)]);
  return reads.queued + reads.active === 0 && assigns.queued === 0 ? queue.release(JOB_NAMES.analyse) : 0;
}

/** How often every worker checks whether held analyses may be released (see releaseWhenStreamIdle). */
export const RELEASE_CHECK_SECONDS = 5;

const sameMembers = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

async function analyseJob(queue: Queue, store: Store, storyId: string, opts: WorkerOptions, now: Date): Promise<void> {
  const story = await store.stories.get(storyId);
  if (!story) return;
  // A very big story is analysed over a sample; it is taken here so the thread is sent only the sample.
  const { story: bounded, docs } = analysisSample(story, await store.documents.getMany(story.documentIds), opts.maxAnalysedDocuments);
  const t0 = performance.now();
  const { story: analysed, report } = await (opts.analyser ?? inlineAnalyser).analyse(bounded, docs, now, opts.maxAnalysedDocuments);
  opts.on?.timing?.('analysis', performance.now() - t0, 1);
  const current = await store.stories.get(storyId);
  const same = Boolean(current && sameMembers(current.documentIds, story.documentIds));
  if (same) {
    await store.analyses.put(storyId, report);
    await queue.enqueue<AssignJob>(JOB_NAMES.assign, { analysed: { storyId, documentIds: story.documentIds, independentSources: analysed.independentSources, start: analysed.start, end: analysed.end } });
  }
  opts.on?.analyse?.(storyId, same, docs.length);
}
