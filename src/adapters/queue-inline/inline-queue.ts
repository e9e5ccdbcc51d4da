/** @module inline-queue — the in-process Queue: jobs run in this process, one batch at a time, with retries (`delaySeconds` is not honoured: jobs run in order). For tests and single-machine use. */
import { randomUUID } from 'node:crypto';
import type { DeadLetter, Job, JobHandler, JobOptions, Queue, QueueStats, QueueStatus, WorkOptions } from '../../core/ports/queue.ts';

interface Pending { job: Job<object>; retriesLeft: number; singletonKey?: string }

export class InlineQueue implements Queue {
  private readonly pending = new Map<string, Pending[]>();
  private readonly handlers = new Map<string, { handler: JobHandler<object>; batchSize: number }>();
  private readonly counts = new Map<string, QueueStats>();
  private readonly done: { at: number; documents: number }[] = [];
  /** Jobs that failed after their last retry, with the reason (the dead-letter list). */
  readonly deadLetters: DeadLetter[] = [];
  private running: Promise<void> = Promise.resolve();

  private stat(name: string): QueueStats {
    return this.counts.get(name) ?? this.counts.set(name, { queued: 0, active: 0, completed: 0, failed: 0 }).get(name)!;
  }

  async enqueue<T extends object>(name: string, data: T, opts: JobOptions = {}): Promise<string | null> {
    const list = this.pending.get(name) ?? this.pending.set(name, []).get(name)!;
    if (opts.singletonKey && list.some((p) => p.singletonKey === opts.singletonKey)) return null;
    const job = { id: randomUUID(), name, data };
    list.push({ job, retriesLeft: opts.retryLimit ?? 2, singletonKey: opts.singletonKey });
    this.stat(name).queued++;
    this.kick(name);
    return job.id;
  }

  async work<T extends object>(name: string, handler: JobHandler<T>, opts: WorkOptions = {}): Promise<void> {
    this.handlers.set(name, { handler: handler as JobHandler<object>, batchSize: Math.max(1, opts.batchSize ?? 1) });
    this.kick(name);
  }

  /** Resolves when every queued job has run. */
  async drain(): Promise<void> {
    let before: Promise<void>;
    do { before = this.running; await before; } while (before !== this.running);
  }

  private kick(name: string): void {
    if (!this.handlers.has(name)) return;
    this.running = this.running.then(async () => {
      const list = this.pending.get(name) ?? [];
      while (list.length) {
        const w = this.handlers.get(name);
        if (!w) return;
        const batch = list.splice(0, w.batchSize);
        const s = this.stat(name);
        s.queued -= batch.length; s.active += batch.length;
        try {
          const output = await w.handler(batch.map((p) => p.job));
          s.completed += batch.length;
          const documents = (output as { documents?: unknown } | undefined)?.documents;
          this.done.push({ at: Date.now(), documents: typeof documents === 'number' ? documents : 0 });
        } catch (err) {
          for (const p of batch) {
            if (p.retriesLeft > 0) { list.push({ ...p, retriesLeft: p.retriesLeft - 1 }); s.queued++; }
            else { s.failed++; this.deadLetters.unshift({ id: p.job.id, name, error: (err as Error).message, data: p.job.data, failedAt: new Date().toISOString() }); }
          }
        } finally { s.active -= batch.length; }
      }
    });
  }

  /** Nothing is ever held here: delays are not honoured. */
  async release(_name: string): Promise<number> {
    return 0;
  }

  async stats(name?: string): Promise<QueueStats> {
    const all = name ? [this.stat(name)] : [...this.counts.values()];
    return all.reduce((a, s) => ({ queued: a.queued + s.queued, active: a.active + s.active, completed: a.completed + s.completed, failed: a.failed + s.failed }), { queued: 0, active: 0, completed: 0, failed: 0 });
  }

  async status({ windowMinutes = 5, deadLetters = 20 } = {}): Promise<QueueStatus> {
    const since = Date.now() - windowMinutes * 60_000;
    const recent = this.done.filter((d) => d.at >= since);
    return {
      queues: [...this.counts.entries()].map(([name, s]) => ({ name, ...s })).sort((a, b) => a.name.localeCompare(b.name)),
      deadLetters: this.deadLetters.slice(0, deadLetters),
      recent: { windowMinutes, jobs: recent.length, documents: recent.reduce((a, d) => a + d.documents, 0) },
    };
  }

  async stop(): Promise<void> {
    this.handlers.clear();
    await this.running;
  }
}
