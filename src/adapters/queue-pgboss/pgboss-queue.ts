/**
 * @module pgboss-queue — the Queue on PostgreSQL through pg-boss 10: jobs survive a crashed worker
 * (an active job whose worker died expires and is retried), retries back off, and a job that
 * fails its last retry stays `failed` with its error and is copied to `<name>.dead`.
 * An `exclusive` queue is worked by one process at a time: the holder of a PostgreSQL advisory
 * lock, kept on a connection of its own, so the lock goes the moment that process dies.
 */
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { DeadLetter, Job, JobHandler, JobOptions, Queue, QueueStats, QueueStatus, WorkOptions } from '../../core/ports/queue.ts';

export interface PgBossQueueOptions {
  connectionString: string;
  /** Schema holding pg-boss's tables. */
  schema?: string;
  retryLimit?: number;
  /** An active job not finished in this time is retried (its worker is presumed dead). */
  expireInSeconds?: number;
  /** How often expired jobs are looked for (default: a quarter of expireInSeconds, 5–120 s). */
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  /** Called when an exclusive queue's lock connection is lost: in-memory state can no longer be trusted. */
  onLockLost?: (queue: string, err: Error) => void;
  /** Run pg-boss maintenance (expiring jobs of dead workers); off for a read-only look such as `status`. */
  supervise?: boolean;
}

const STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;

export class PgBossQueue implements Queue {
  private readonly created = new Set<string>();
  private readonly lockClients = new Map<string, pg.Client>();
  private stopping = false;

  private constructor(private readonly boss: PgBoss, private readonly sql: pg.Pool, private readonly schema: string, private readonly opts: PgBossQueueOptions) {}

  /** Connect and install or upgrade pg-boss's schema; rejects with the connection's reason. */
  static async start(opts: PgBossQueueOptions): Promise<PgBossQueue> {
    const schema = opts.schema ?? 'synoptic_queue';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid queue schema name "${schema}"`);
    const expire = opts.expireInSeconds ?? 15 * 60;
    const config = {
      connectionString: opts.connectionString, schema, supervise: opts.supervise ?? true, schedule: false, max: 4,
      connectionTimeoutMillis: 5000, // passed through to pg's Pool: an unreachable database fails fast
      maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? Math.min(120, Math.max(5, Math.round(expire / 4))),
      // Completed jobs stay in the job table a day, so `status` can count recent throughput.
      archiveCompletedAfterSeconds: 24 * 3600,
    };
    const boss = new PgBoss(config);
    boss.on('error', () => {}); // transient maintenance errors; jobs themselves report through their state
    const sql = new pg.Pool({ connectionString: opts.connectionString, max: 2, connectionTimeoutMillis: 5000 });
    sql.on('error', () => {});
    try {
      await boss.start();
    } catch (err) {
      await sql.end().catch(() => {});
      throw err;
    }
    return new PgBossQueue(boss, sql, schema, opts);
  }

  private async ensure(name: string): Promise<void> {
    if (this.created.has(name)) return;
    // pg-boss creates a table partition per queue; two processes creating one at once can deadlock, so take turns.
    const client = await this.sql.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`synoptic-queue-create:${this.schema}`]);
      const dead = `${name}.dead`;
      if (!(await this.boss.getQueue(dead))) await this.boss.createQueue(dead);
      if (!(await this.boss.getQueue(name))) {
        await this.boss.createQueue(name, {
          name,
          // short: at most one queued job per singleton key. (stately would also allow one active per key, but
          // pg-boss's fetch then fails on the head job while its twin runs, stalling the queue for every worker.)
          policy: 'short',
          retryLimit: this.opts.retryLimit ?? 3,
          retryBackoff: true,
          retryDelay: 2,
          expireInSeconds: this.opts.expireInSeconds ?? 15 * 60,
          deadLetter: dead,
        });
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`synoptic-queue-create:${this.schema}`]).catch(() => {});
      client.release();
    }
    this.created.add(name);
  }

  async enqueue<T extends object>(name: string, data: T, opts: JobOptions = {}): Promise<string | null> {
    await this.ensure(name);
    return this.boss.send(name, data, {
      ...(opts.retryLimit !== undefined ? { retryLimit: opts.retryLimit } : {}),
      ...(opts.delaySeconds ? { startAfter: opts.delaySeconds } : {}),
      // A job keeps the expiry it was sent with, whatever the queue says later: send ours when one was given.
      ...(this.opts.expireInSeconds !== undefined ? { expireInSeconds: this.opts.expireInSeconds } : {}),
      // Without a key every job gets its own, so the policy leaves keyless jobs unlimited.
      singletonKey: opts.singletonKey ?? randomUUID(),
    });
  }

  async work<T extends object>(name: string, handler: JobHandler<T>, opts: WorkOptions = {}): Promise<void> {
    await this.ensure(name);
    let workerId: string | undefined;
    const start = async () => {
      workerId = await this.boss.work<T>(name, { batchSize: opts.batchSize ?? 1, pollingIntervalSeconds: this.opts.pollingIntervalSeconds ?? 0.5 }, async (jobs) => {
        try {
          return (await handler(jobs.map((j): Job<T> => ({ id: j.id, name: j.name, data: j.data })))) ?? undefined;
        } finally {
          // pg-boss waits out its polling interval even after a fetch that found jobs (2 jobs/s at 0.5 s): fetch again at once.
          if (workerId) this.boss.notifyWorker(workerId);
        }
      });
      return workerId;
    };
    if (!opts.exclusive) { await start(); return; }
    void this.holdLock(name, start);
  }

  /** Wait for the queue's advisory lock on a connection of our own, then work; the lock goes with the connection. */
  private async holdLock(name: string, start: () => Promise<string>): Promise<void> {
    const client = new pg.Client({ connectionString: this.opts.connectionString, connectionTimeoutMillis: 5000 });
    this.lockClients.set(name, client);
    const lost = (err: Error) => {
      if (this.stopping) return;
      void this.boss.offWork(name).catch(() => {});
      this.opts.onLockLost?.(name, err);
    };
    client.on('error', lost);
    try {
      await client.connect();
      const key = `synoptic-queue:${this.schema}:${name}`;
      while (!this.stopping) {
        const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [key]);
        if (rows[0]?.ok) { if (!this.stopping) await start(); return; }
        await new Promise((r) => setTimeout(r, 1000 * (this.opts.pollingIntervalSeconds ?? 0.5)));
      }
    } catch (err) {
      lost(err as Error);
    }
  }

  async release(name: string): Promise<number> {
    await this.ensure(name);
    const { rowCount } = await this.sql.query(`UPDATE ${this.schema}.job SET start_after = now() WHERE name = $1 AND state = 'created' AND start_after > now()`, [name]);
    return rowCount ?? 0;
  }

  async stats(name?: string): Promise<QueueStats> {
    const byName = await this.countsByQueue();
    return [...byName].filter(([n]) => !name || n === name).map(([, q]) => q)
      .reduce((a, s) => ({ queued: a.queued + s.queued, active: a.active + s.active, completed: a.completed + s.completed, failed: a.failed + s.failed }), { queued: 0, active: 0, completed: 0, failed: 0 });
  }

  /** Jobs per queue and state (completed and failed ones also from the archive). */
  private async countsByQueue(): Promise<Map<string, QueueStats>> {
    const s = this.schema;
    const counts = await this.sql.query<{ name: string; state: typeof STATES[number]; n: string }>(
      `SELECT name, state::text AS state, count(*) AS n FROM ${s}.job WHERE name NOT LIKE '\\_\\_%' AND name NOT LIKE '%.dead' GROUP BY 1, 2
       UNION ALL SELECT name, state::text, count(*) FROM ${s}.archive WHERE name NOT LIKE '%.dead' AND state IN ('completed', 'failed') GROUP BY 1, 2`);
    const byName = new Map<string, QueueStats>();
    for (const r of counts.rows) {
      const q = byName.get(r.name) ?? byName.set(r.name, { queued: 0, active: 0, completed: 0, failed: 0 }).get(r.name)!;
      const n = Number(r.n);
      if (r.state === 'created' || r.state === 'retry') q.queued += n;
      else if (r.state === 'active') q.active += n;
      else if (r.state === 'completed') q.completed += n;
      else if (r.state === 'failed') q.failed += n;
    }
    return byName;
  }

  async status({ windowMinutes = 5, deadLetters = 20 } = {}): Promise<QueueStatus> {
    const s = this.schema;
    const byName = await this.countsByQueue();
    const dead = deadLetters > 0 ? await this.sql.query<{ id: string; name: string; output: unknown; data: unknown; completed_on: Date | null }>(
      `SELECT id, name, output, data, completed_on FROM ${s}.job WHERE state = 'failed' AND name NOT LIKE '%.dead'
       ORDER BY completed_on DESC NULLS LAST LIMIT $1`, [deadLetters]) : { rows: [] };
    const recent = await this.sql.query<{ jobs: string; documents: string | null }>(
      `SELECT count(*) AS jobs, sum(CASE WHEN jsonb_typeof(output->'documents') = 'number' THEN (output->>'documents')::bigint END) AS documents
       FROM ${s}.job WHERE state = 'completed' AND completed_on > now() - make_interval(mins => $1)`, [windowMinutes]);
    return {
      queues: [...byName.entries()].map(([name, q]) => ({ name, ...q })).sort((a, b) => a.name.localeCompare(b.name)),
      deadLetters: dead.rows.map((r): DeadLetter => ({ id: r.id, name: r.name, error: errorText(r.output), data: r.data, failedAt: r.completed_on?.toISOString() ?? null })),
      recent: { windowMinutes, jobs: Number(recent.rows[0]?.jobs ?? 0), documents: Number(recent.rows[0]?.documents ?? 0) },
    };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {});
    for (const c of this.lockClients.values()) await c.end().catch(() => {});
    await this.sql.end().catch(() => {});
  }
}

/** pg-boss keeps a thrown Error as `{ message, stack }` (or `{ value: { message } }` for a timeout). */
function errorText(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  const m = o?.message ?? o?.value?.message;
  return typeof m === 'string' ? m : JSON.stringify(output);
}
