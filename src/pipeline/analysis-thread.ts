/**
 * @module analysis-thread — a story's analysis in a worker thread. A big story's analysis is seconds of
 * synchronous work; on the worker's own thread it would stall everything else the process does meanwhile
 * (the assigner's batches, job fetching, the assign lock's connection). The thread's heap is capped, so a
 * story too big for it fails its job with that reason instead of taking the process down.
 */
import { Worker } from 'node:worker_threads';
import type { Article, Story } from '../core/index.ts';
import { storyReport } from './run.ts';

export type StoryReport = ReturnType<typeof storyReport>;

export interface StoryAnalyser {
  /** `maxDocuments`: the per-story bound (see analysis-sample); its default when omitted. */
  analyse(story: Story, docs: Article[], now: Date, maxDocuments?: number): Promise<StoryReport>;
  close(): Promise<void>;
}

/** On the calling thread (tests, single-process use). */
export const inlineAnalyser: StoryAnalyser = {
  analyse: async (story, docs, now, maxDocuments) => storyReport(story, docs, now, maxDocuments),
  close: async () => {},
};

export interface ThreadRequest { id: number; story: Story; docs: Article[]; now: string; maxDocuments?: number }
export type ThreadReply = { id: number; result: StoryReport } | { id: number; error: string };

/** One analysis at a time in one thread, restarted after a crash (e.g. its heap ran out). */
export function threadAnalyser(heapMb: number): StoryAnalyser {
  let worker: Worker | null = null;
  let pending: { id: number; resolve: (r: StoryReport) => void; reject: (e: Error) => void; what: string } | null = null;
  let nextId = 0;
  let chain: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    // The project runs its TypeScript through tsx; a thread starts without the loader, so it registers it first.
    const entry = new URL('./analysis-thread-entry.ts', import.meta.url).href;
    const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(entry)});`;
    const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    w.on('message', (reply: ThreadReply) => {
      if (!pending || reply.id !== pending.id) return;
      const p = pending; pending = null;
      w.unref(); // idle: an unused thread keeps no process alive
      if ('error' in reply) p.reject(new Error(reply.error)); else p.resolve(reply.result);
    });
    const fail = (why: string) => {
      if (worker === w) worker = null;
      const p = pending; pending = null;
      p?.reject(new Error(`analysis of ${p.what} stopped: ${why}`));
    };
    w.on('error', (err: Error & { code?: string }) => fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needed more than the analysis heap of ${heapMb} MB` : err.message));
    w.on('exit', (code) => fail(`the analysis thread exited (code ${code})`));
    return w;
  };

  const run = (story: Story, docs: Article[], now: Date, maxDocuments?: number) => new Promise<StoryReport>((resolve, reject) => {
    worker ??= start();
    const id = nextId++;
    pending = { id, resolve, reject, what: `story ${story.id} (${docs.length} documents)` };
    worker.ref();
    worker.postMessage({ id, story, docs, now: now.toISOString(), maxDocuments } satisfies ThreadRequest);
  });

  return {
    analyse(story, docs, now, maxDocuments) {
      const result = chain.then(() => run(story, docs, now, maxDocuments));
      chain = result.catch(() => {});
      return result;
    },
    async close() {
      await chain;
      const w = worker; worker = null;
      await w?.terminate();
    },
  };
}

/**
 * `threads` analysis threads, each story going to the one with the least queued work. One worker process
 * on a many-core machine would otherwise analyse one story at a time; several workers each with one
 * thread get the same parallelism with more processes (and their memory).
 */
export function threadPool(threads: number, heapMb: number): StoryAnalyser {
  if (threads <= 1) return threadAnalyser(heapMb);
  const pool = Array.from({ length: threads }, () => ({ analyser: threadAnalyser(heapMb), queued: 0 }));
  return {
    async analyse(story, docs, now, maxDocuments) {
      const slot = pool.reduce((a, b) => (b.queued < a.queued ? b : a));
      slot.queued++;
      try { return await slot.analyser.analyse(story, docs, now, maxDocuments); } finally { slot.queued--; }
    },
    async close() { await Promise.all(pool.map((s) => s.analyser.close())); },
  };
}
