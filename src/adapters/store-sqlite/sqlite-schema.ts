/** @module sqlite-schema — versioned migrations, applied in order inside one transaction each. */
import type { SqliteDatabaseLike } from './sqlite-database-like.ts';
import { migration001 } from './sqlite-migrations/001-initial.ts';
import { migration002 } from './sqlite-migrations/002-feeds.ts';
import { migration003 } from './sqlite-migrations/003-cluster-log.ts';

/** Every migration ever shipped, in order; never edit one that has shipped, add the next. */
export const MIGRATIONS: readonly string[] = [migration001, migration002, migration003];

/** Bring the database to the newest schema version; returns the version it is at. */
export function migrate(db: SqliteDatabaseLike): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  let version = row.v ?? 0;
  if (version > MIGRATIONS.length) {
    throw new Error(`database schema version ${version} is newer than this Synoptic (${MIGRATIONS.length}); upgrade Synoptic`);
  }
  for (; version < MIGRATIONS.length; version++) {
    const sql = MIGRATIONS[version]!;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version + 1, new Date().toISOString());
    })();
  }
  return version;
}
