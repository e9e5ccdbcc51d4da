/** @module open-store — pick a Store adapter from a location: a postgres:// URL, or a file path (SQLite, the default). */
import type { Store } from '../core/ports/store.ts';
import { StoreError } from '../core/errors.ts';
import { openSqliteStore } from './store-sqlite/index.ts';
import { openPostgresStore } from './store-postgres/index.ts';

/** Where the store lives when nothing is said: ./.synoptic/synoptic.sqlite. */
export const DEFAULT_STORE = '.synoptic/synoptic.sqlite';

export async function openStore(location: string = process.env.SYNOPTIC_STORE ?? DEFAULT_STORE): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    try {
      return await openPostgresStore({ connectionString: location });
    } catch (err) {
      throw new StoreError(`cannot open the PostgreSQL store at ${location.replace(/:[^:@/]*@/, ':***@')}: ${(err as Error).message}`);
    }
  }
  try {
    return openSqliteStore(location);
  } catch (err) {
    throw new StoreError(`cannot open the SQLite store at ${location}: ${(err as Error).message}`);
  }
}
