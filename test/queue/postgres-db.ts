/**
 * Test helper: PostgreSQL at 127.0.0.1:5432 (PG* variables override). Each test gets a database of its
 * own, so parallel runs never share a queue or a store; it is dropped afterwards.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

const conn = () => ({ host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres' });
const base = () => process.env.PGDATABASE ?? 'test';

/** False when PostgreSQL answers, else the reason to skip (printed once). */
export async function postgresSkipReason(what: string): Promise<string | false> {
  if (!(process.env.STORES ?? 'sqlite,postgres').split(',').includes('postgres')) return 'STORES excludes postgres';
  const client = new pg.Client({ ...conn(), database: base(), connectionTimeoutMillis: 3000 });
  try { await client.connect(); await client.end(); return false; } catch (err) {
    const reason = `PostgreSQL not reachable (${(err as Error).message})`;
    console.log(`# skipping ${what}: ${reason}`);
    return reason;
  }
}

let n = 0;
export async function freshDatabase(tag: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `syn_${tag}_${createHash('sha1').update(`${process.pid}:${Date.now()}:${n++}`).digest('hex').slice(0, 12)}`;
  const admin = new pg.Client({ ...conn(), database: base() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const c = conn();
  return {
    url: `postgres://${c.user}@${c.host}:${c.port}/${name}`,
    drop: async () => {
      const a = new pg.Client({ ...conn(), database: base() });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
