/**
 * @module pgboss-queue — the Queue on PostgreSQL through pg-boss 10: jobs survive a crashed worker
 * (an active job whose worker died expires and is retried), retries back off, and a job that
 * fails its last retry moves to `<name>.dead` with its error. A queue named in `serialQueues`
 * gets pg-boss's singleton policy: one active job at a time across all workers.
 */
import PgBoss from 'pg-boss';
import type { Job, JobOptions, Queue, QueueStats } from '../../core/ports/queue.ts';

export interface PgBossQueueOptions {
  connectionString: string;
  /** Schema holding pg-boss's tables. */
  schema?: string;
  /** Queues whose jobs must run one at a time across every worker. */
  serialQueues?: string[];
  retryLimit?: number;
  /** An active job not finished in this time is retried (its worker is presumed dead). */
  expireInSeconds?: number;
  pollingIntervalSeconds?: number;
}

export class PgBossQueue implements Queue {
  private readonly created = new Set<string>();

  private constructor(private readonly boss: PgBoss, private readonly opts: PgBossQueueOptions) {}

  static async start(opts: PgBossQueueOptions): Promise<PgBossQueue> {
    const boss = new PgBoss({ connectionString: opts.connectionString, schema: opts.schema ?? 'synoptic_queue', supervise: true, schedule: false });
    boss.on('error', () => {}); // transient maintenance errors; jobs themselves report through their state
    await boss.start();
    return new PgBossQueue(boss, opts);
  }

  private async ensure(name: string): Promise<void> {
    if (this.created.has(name)) return;
    const dead = `${name}.dead`;
    if (!(await this.boss.getQueue(dead))) await this.boss.createQueue(dead);
    if (!(await this.boss.getQueue(name))) {
      await this.boss.createQueue(name, {
        name,
        policy: this.opts.serialQueues?.includes(name) ? 'singleton' : 'standard',
        retryLimit: this.opts.retryLimit ?? 3,
        retryBackoff: true,
        retryDelay: 2,
        expireInSeconds: this.opts.expireInSeconds ?? 15 * 60,
        deadLetter: dead,
      });
    }
    this.created.add(name);
  }

  async enqueue<T extends object>(name: string, data: T, opts: JobOptions = {}): Promise<string | null> {
    await this.ensure(name);
    return this.boss.send(name, data, { ...(opts.retryLimit !== undefined ? { retryLimit: opts.retryLimit } : {}), ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}) });
  }

  async work<T extends object>(name: string, handler: (job: Job<T>) => Promise<void>): Promise<void> {
    await this.ensure(name);
    await this.boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: this.opts.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const j of jobs) await handler({ id: j.id, name: j.name, data: j.data });
    });
  }

  async stats(name?: string): Promise<QueueStats> {
    const names = name ? [name] : [...this.created].filter((n) => !n.endsWith('.dead'));
    const out: QueueStats = { queued: 0, active: 0, completed: 0, failed: 0 };
    for (const n of names) {
      await this.ensure(n);
      const q = await this.boss.getQueue(n) as unknown as { queuedCount?: number; activeCount?: number; totalCount?: number } | null;
      out.queued += await this.boss.getQueueSize(n);
      out.active += q?.activeCount ?? 0;
      out.failed += await this.boss.getQueueSize(`${n}.dead`);
      out.completed += Math.max(0, (q?.totalCount ?? 0) - (q?.queuedCount ?? 0) - (q?.activeCount ?? 0));
    }
    return out;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
