/** @module postgres-schema — versioned migrations, each in its own transaction, serialised by an advisory lock. */
import type { PgPoolLike } from './pg-pool-like.ts';
import { migration001 } from './postgres-migrations/001-initial.ts';
import { migration002 } from './postgres-migrations/002-feeds.ts';
import { migration003 } from './postgres-migrations/003-cluster-log.ts';

/** Every migration ever shipped, in order; never edit one that has shipped, add the next. */
export const MIGRATIONS: readonly string[] = [migration001, migration002, migration003];

/** An arbitrary constant: the advisory lock that keeps two processes from migrating at once. */
const MIGRATION_LOCK = 7_405_112;

/** Bring the database (and `schema`, created if absent) to the newest version; returns the version it is at. */
export async function migrate(pool: PgPoolLike, schema?: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    let version = rows[0]?.v ?? 0;
    if (version > MIGRATIONS.length) {
      throw new Error(`database schema version ${version} is newer than this Synoptic (${MIGRATIONS.length}); upgrade Synoptic`);
    }
    for (; version < MIGRATIONS.length; version++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[version]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return version;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
