/** @module store-sqlite — the embedded default store. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite-store.ts';

export { SqliteStore } from './sqlite-store.ts';
export { migrate, MIGRATIONS } from './sqlite-schema.ts';

/** Open (creating folders and schema as needed) a SQLite store at `file`, or in memory for ':memory:'. */
export function openSqliteStore(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return new SqliteStore(new Database(file));
}
