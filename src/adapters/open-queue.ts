/** @module open-queue — open the job queue at a location. Only PostgreSQL holds one: jobs must outlive the processes that run them. */
import type { Queue } from '../core/ports/queue.ts';
import { StoreError, UsageError } from '../core/errors.ts';
import { PgBossQueue, type PgBossQueueOptions } from './queue-pgboss/index.ts';

const isPostgres = (s: string | undefined): s is string => Boolean(s && /^postgres(ql)?:\/\//.test(s));
export const redact = (url: string) => url.replace(/:[^:@/]*@/, ':***@');

/**
 * The queue's location: --queue, else $SYNOPTIC_QUEUE, else the store when it is PostgreSQL.
 * A SQLite store keeps its documents in SQLite but needs a PostgreSQL queue beside it.
 */
export function queueLocation(flag: string | undefined, store: string | undefined): string {
  const loc = flag ?? process.env.SYNOPTIC_QUEUE ?? (isPostgres(store) ? store : undefined);
  if (!loc) throw new UsageError('the job queue needs PostgreSQL: pass --queue postgres://… or set SYNOPTIC_QUEUE (the store may stay SQLite)');
  if (!isPostgres(loc)) throw new UsageError(`the job queue must be a postgres:// URL, not "${loc}"`);
  return loc;
}

export async function openQueue(location: string, opts: Omit<PgBossQueueOptions, 'connectionString'> = {}): Promise<Queue> {
  try {
    return await PgBossQueue.start({ connectionString: location, ...opts });
  } catch (err) {
    throw new StoreError(`cannot open the job queue at ${redact(location)}: ${(err as Error).message}`);
  }
}
