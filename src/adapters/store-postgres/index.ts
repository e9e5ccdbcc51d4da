/** @module store-postgres — the Store on PostgreSQL, for more than one machine or several workers. */
import pg from 'pg';
import { PostgresStore } from './postgres-store.ts';
import { migrate } from './postgres-schema.ts';

export { PostgresStore } from './postgres-store.ts';
export { migrate, MIGRATIONS } from './postgres-schema.ts';

export interface PostgresStoreOptions {
  /** A postgres:// URL; PG* environment variables fill what it leaves out. */
  connectionString?: string;
  /** Keep tables in this schema (created if absent): tests use one per test. */
  schema?: string;
  max?: number;
}

/** Connect, create the schema if asked, migrate, and return the store. A failed connection rejects with pg's reason. */
export async function openPostgresStore(opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
  if (opts.schema && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`invalid schema name "${opts.schema}"`);
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 4,
    connectionTimeoutMillis: 5000,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  pool.on('error', () => {}); // an idle client dropped by the server; the next query reconnects
  try {
    await migrate(pool, opts.schema);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  return new PostgresStore(pool);
}
