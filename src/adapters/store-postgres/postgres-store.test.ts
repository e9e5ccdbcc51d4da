import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { runStoreContract, sampleArticle } from '../../core/ports/store.contract.ts';
import { openPostgresStore } from './index.ts';

/** PostgreSQL at 127.0.0.1:5432 (PG* variables override); the suite skips with a printed reason when unreachable. */
async function reachable(): Promise<string | false> {
  if (!(process.env.STORES ?? 'sqlite,postgres').split(',').includes('postgres')) return 'STORES excludes postgres';
  const client = new pg.Client({ host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres', database: process.env.PGDATABASE ?? 'test', connectionTimeoutMillis: 3000 });
  try { await client.connect(); await client.end(); return false; } catch (err) {
    const reason = `PostgreSQL not reachable (${(err as Error).message})`;
    console.log(`# skipping PostgreSQL store tests: ${reason}`);
    return reason;
  }
}

const skip = await reachable();
const connection = () => ({ host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres', database: process.env.PGDATABASE ?? 'test' });
const schemas: string[] = [];
let n = 0;
/** A fresh schema per store: a hash of this file and a counter, dropped after the run. */
function freshSchema(): string {
  const s = `t_${createHash('sha1').update(`${import.meta.url}:${process.pid}:${n++}`).digest('hex').slice(0, 16)}`;
  schemas.push(s);
  return s;
}
const url = () => { const c = connection(); return `postgres://${c.user}@${c.host}:${c.port}/${c.database}`; };

runStoreContract({ name: 'postgres', skip, makeStore: () => openPostgresStore({ connectionString: url(), schema: freshSchema() }) });

describe('PostgreSQL store', { skip }, () => {
  after(async () => {
    if (skip) return;
    const client = new pg.Client(connection());
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await client.end();
  });

  it('stores each document exactly once when four writers put overlapping sets at the same time', async () => {
    const schema = freshSchema();
    const stores = await Promise.all([0, 1, 2, 3].map(() => openPostgresStore({ connectionString: url(), schema })));
    try {
      const docs = Array.from({ length: 20 }, (_, i) => sampleArticle(`d${i}`, `Report ${i}`, `Body of report number ${i}.`));
      const results = await Promise.all(stores.map((s, k) => s.documents.put(docs.slice(k * 4, k * 4 + 8))));
      const created = results.flatMap((r) => r.created);
      assert.equal(new Set(created).size, created.length, 'no document created twice');
      assert.equal(await stores[0]!.documents.count(), 20);
    } finally { await Promise.all(stores.map((s) => s.close())); }
  });

  it('fails with a clear error when the database is unreachable, storing nothing', async () => {
    await assert.rejects(openPostgresStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test' }), /ECONNREFUSED|connect/);
  });
});
