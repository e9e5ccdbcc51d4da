/**
 * Real worker processes on PostgreSQL (queue and store): kill -9 mid-batch and restart, four workers
 * on overlapping corpora at once, re-ingest, and an unreachable database. Skips, saying why, when
 * PostgreSQL is not reachable. Each test has a database of its own.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/adapters/store-postgres/index.ts';
import { runCli } from '../helpers/run-cli.ts';
import { writeNewsFiles } from './news-corpus.ts';
import { assertConsistent, expectedIds } from './store-checks.ts';
import { freshDatabase, postgresSkipReason } from './postgres-db.ts';

const skip = await postgresSkipReason('worker reliability tests');
const MAIN = join(import.meta.dirname, '../../src/app/cli/main.ts');

interface Proc { code: Promise<number | null>; stdout: () => string; stderr: () => string; kill: () => void }

/** The CLI as a real process (so it can be killed), with a time limit so a hang fails the test instead of stalling it. */
function synoptic(args: string[], limitMs = 180_000): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = ''; let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const code = new Promise<number | null>((resolve) => child.on('exit', (c) => { clearTimeout(timer); resolve(c); }));
  return { code, stdout: () => out, stderr: () => err, kill: () => child.kill('SIGKILL') };
}

async function ok(p: Proc): Promise<string> {
  const code = await p.code;
  assert.equal(code, 0, `exit ${code}\n${p.stderr()}`);
  return p.stdout();
}

async function count(url: string, sql: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return Number((await c.query<{ n: string }>(sql)).rows[0]?.n ?? 0); } catch { return 0; } finally { await c.end(); }
}

async function withStore<T>(url: string, fn: (s: Awaited<ReturnType<typeof openPostgresStore>>) => Promise<T>): Promise<T> {
  const store = await openPostgresStore({ connectionString: url });
  try { return await fn(store); } finally { await store.close(); }
}

const stored = (out: string) => [...out.matchAll(/(\d+) new document\(s\) stored/g)].reduce((a, m) => a + Number(m[1]), 0);

describe('queue workers on PostgreSQL', { skip }, () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'synoptic-workers-')); });
  const cleanup = (t: { after: (fn: () => Promise<void> | void) => void }, db: { drop: () => Promise<void> }) => t.after(async () => { await db.drop(); });

  it('a worker killed with SIGKILL mid-batch and restarted leaves every document stored once and the stories consistent', async (t) => {
    const db = await freshDatabase('kill');
    cleanup(t, db);
    const files = writeNewsFiles(join(dir, 'kill'), 0, 96, 8);
    const common = ['--store', db.url, '--job-timeout', '12', '--quiet'];
    await ok(synoptic(['enqueue', join(dir, 'kill'), ...common]));

    const first = synoptic(['worker', ...common]);
    let docs = 0;
    for (let i = 0; i < 600 && docs < 8; i++) { await new Promise((r) => setTimeout(r, 100)); docs = await count(db.url, 'SELECT count(*) AS n FROM documents'); }
    first.kill();
    assert.equal(await first.code, null, 'the worker was killed, not finished');
    const unfinished = await count(db.url, "SELECT count(*) AS n FROM synoptic_queue.job WHERE state < 'completed' AND name IN ('read', 'assign', 'analyse')");
    assert.ok(docs >= 8 && unfinished > 0, `killed mid-batch: ${docs} documents stored, ${unfinished} jobs unfinished`);

    // The killed worker's active jobs expire (--job-timeout) and are retried by the restarted one.
    await ok(synoptic(['worker', '--exit-when-idle', ...common]));
    await withStore(db.url, async (s) => assertConsistent(s, await expectedIds(files)));

    // Re-ingesting the same corpus: nothing new stored, and the worker says so.
    await ok(synoptic(['enqueue', join(dir, 'kill'), ...common]));
    const again = await ok(synoptic(['worker', '--exit-when-idle', ...common]));
    assert.match(again, /read 12 input\(s\): 0 new document\(s\) stored, 96 already stored \(nothing new\); 0 assigned/);
    await withStore(db.url, async (s) => assertConsistent(s, await expectedIds(files)));

    const status = JSON.parse(await ok(synoptic(['status', '--json', '--store', db.url]))) as { queues: { name: string; queued: number; active: number; completed: number }[]; deadLetters: unknown[] };
    assert.deepEqual(status.deadLetters, []);
    for (const q of status.queues) assert.equal(q.queued + q.active, 0, `${q.name} drained`);
    assert.equal(status.queues.find((q) => q.name === 'read')?.completed, 24);
  });

  it('four workers on overlapping corpora at once lose and duplicate no document', async (t) => {
    const db = await freshDatabase('four');
    cleanup(t, db);
    const corpora = [[0, 40], [20, 60], [40, 80], [0, 80]].map(([from, to], k) => writeNewsFiles(join(dir, 'four', `c${k}`), from!, to!, k === 3 ? 10 : 5, `c${k}`));
    const common = ['--store', db.url, '--job-timeout', '30', '--quiet'];
    await ok(synoptic(['enqueue', join(dir, 'four', 'c0'), ...common])); // creates the queue schema once, before the concurrent enqueuers
    await Promise.all([1, 2, 3].map((k) => ok(synoptic(['enqueue', join(dir, 'four', `c${k}`), ...common]))));
    const outs = await Promise.all([0, 1, 2, 3].map(() => ok(synoptic(['worker', '--exit-when-idle', ...common]))));
    const expected = await expectedIds(corpora.flat());
    assert.equal(expected.size, 80);
    assert.equal(outs.reduce((a, o) => a + stored(o), 0), 80, 'each document created by exactly one worker');
    await withStore(db.url, async (s) => assertConsistent(s, expected));
  });

  it('an unreachable database is one clear line naming it and exit 1, without retrying forever', async (t) => {
    const sqlite = join(dir, 'unreachable.sqlite');
    for (const args of [['worker'], ['status'], ['enqueue', dir]]) {
      // A process that keeps retrying is killed at the limit and exits without a code, failing the check below.
      const p = synoptic([...args, '--queue', 'postgres://synoptic:secret@127.0.0.1:1/jobs', '--store', sqlite], 15_000);
      assert.equal(await p.code, 1, `${args[0]} exits 1`);
      assert.match(p.stderr(), /^synoptic: cannot open the job queue at postgres:\/\/synoptic:\*\*\*@127\.0\.0\.1:1\/jobs: .*ECONNREFUSED/);
      assert.doesNotMatch(p.stderr(), /secret/);
    }
    const r = await runCli(['worker', '--store', sqlite]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /the job queue needs PostgreSQL: pass --queue postgres:\/\//);
    t.after(() => rmSync(dir, { recursive: true, force: true }));
  });
});
