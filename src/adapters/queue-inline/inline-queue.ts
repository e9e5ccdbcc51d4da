/** @module inline-queue — the in-process Queue: jobs run in this process, one at a time, with retries. For tests and single-machine use. */
import { randomUUID } from 'node:crypto';
import type { Job, JobOptions, Queue, QueueStats } from '../../core/ports/queue.ts';

interface Pending { job: Job<object>; retriesLeft: number; singletonKey?: string }

export class InlineQueue implements Queue {
  private readonly pending = new Map<string, Pending[]>();
  private readonly handlers = new Map<string, (job: Job<object>) => Promise<void>>();
  private readonly counts = new Map<string, QueueStats>();
  /** Jobs that failed after their last retry, with the reason (the dead-letter list). */
  readonly deadLetters: { job: Job<object>; error: string }[] = [];
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

  async work<T extends object>(name: string, handler: (job: Job<T>) => Promise<void>): Promise<void> {
    this.handlers.set(name, handler as (job: Job<object>) => Promise<void>);
    this.kick(name);
  }

  /** Resolves when every queued job has run. */
  async drain(): Promise<void> {
    let before: Promise<void>;
    do { before = this.running; await before; } while (before !== this.running);
  }

  private kick(name: string): void {
    const handler = this.handlers.get(name);
    if (!handler) return;
    this.running = this.running.then(async () => {
      const list = this.pending.get(name) ?? [];
      while (list.length) {
        const p = list.shift()!;
        const s = this.stat(name);
        s.queued--; s.active++;
        try {
          await handler(p.job);
          s.completed++;
        } catch (err) {
          if (p.retriesLeft > 0) { list.push({ ...p, retriesLeft: p.retriesLeft - 1 }); s.queued++; }
          else { s.failed++; this.deadLetters.push({ job: p.job, error: (err as Error).message }); }
        } finally { s.active--; }
      }
    });
  }

  async stats(name?: string): Promise<QueueStats> {
    const all = name ? [this.stat(name)] : [...this.counts.values()];
    return all.reduce((a, s) => ({ queued: a.queued + s.queued, active: a.active + s.active, completed: a.completed + s.completed, failed: a.failed + s.failed }), { queued: 0, active: 0, completed: 0, failed: 0 });
  }

  async stop(): Promise<void> {
    this.handlers.clear();
    await this.running;
  }
}
