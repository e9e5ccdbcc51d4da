/**
 * @module bench/scale — `node --import tsx bench/scale.ts [--docs 100000] [--per-file 250] [--workers 1,2]
 * [--stores postgres,sqlite] [--queue-jobs 2000] [--heap-mb 1536] [--analysis-threads 1] [--analysis-heap-mb 1280] [--max-analysed 500]`: queued ingest + full analysis (read → assign → analyse)
 * of a stream built from real text (bench/scale-corpus.ts), by 1 and 2 real `synoptic worker` processes,
 * with the store in PostgreSQL and in SQLite (the queue is PostgreSQL either way). Prints documents/s,
 * each worker's peak memory and CPU time, where the computing went (clean, cluster, analysis), the store's size; then pg-boss's own cost
 * per job (no-op jobs), so the queue's share of the time is known. Figures: docs/benchmarks/scale.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeStream } from './scale-corpus.ts';
import { PgBossQueue } from '../src/adapters/queue-pgboss/index.ts';

const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1]! : fallback; };
const DOCS = Number(arg('docs', '100000'));
const PER_FILE = Number(arg('per-file', '250'));
const WORKERS = arg('workers', '1,2').split(',').map(Number);
const STORES = arg('stores', 'postgres,sqlite').split(',');
const QUEUE_JOBS = Number(arg('queue-jobs', '2000'));
/** Cap each worker's V8 heap (MB), e.g. 1536 to hold peak memory under 2 GB; 0 leaves V8's default. */
const HEAP_MB = Number(arg('heap-mb', '0'));
/** Analysis threads per worker (`synoptic worker --analysis-threads`). */
const THREADS = Number(arg('analysis-threads', '1'));
/** Heap of each analysis thread (`--analysis-heap-mb`); empty: the worker's default. */
const THREAD_HEAP = arg('analysis-heap-mb', '');
/** Documents analysed per story at most (`--max-analysed`); empty: the worker's default. */
const MAX_ANALYSED = arg('max-analysed', '');
const MAIN = join(import.meta.dirname, '../src/app/cli/main.ts');
const PG = { host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres' };
const pgUrl = (db: string) => `postgres://${PG.user}@${PG.host}:${PG.port}/${db}`;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ ...PG, database: process.env.PGDATABASE ?? 'test' });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query<T>(sql)).rows; } finally { await c.end(); }
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const heap = HEAP_MB && args[0] === 'worker' ? [`--max-old-space-size=${HEAP_MB}`] : [];
    const child = spawn(process.execPath, [...heap, '--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
const fileSize = (p: string) => (existsSync(p) ? statSync(p).size : 0);

const dir = mkdtempSync(join(tmpdir(), 'synoptic-scale-'));
try {
  const t0 = performance.now();
  const { files, bytes } = writeStream(join(dir, 'in'), DOCS, PER_FILE);
  if (!files.length) process.exit(0);
  console.log(`stream: ${DOCS} articles in ${files.length} JSONL files (${mb(bytes)} MB), written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`machine: 2 cores shared; load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}${HEAP_MB ? `; worker heap capped at ${HEAP_MB} MB` : ''}; ${THREADS} analysis thread(s) per worker${THREAD_HEAP ? `, heap ${THREAD_HEAP} MB each` : ''}; at most ${MAX_ANALYSED || 'the default'} documents analysed per story\n`);
  console.log('| store | workers | documents | analyses written (dropped) | documents analysed per document | wall s | docs/s | CPU s (all workers) | docs per CPU-s | peak MB per worker | computing: clean / cluster / analysis (s) | store size MB | queue tables MB | load avg during |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---|');

  for (const storeKind of STORES) {
    for (const workers of WORKERS) {
      const db = `syn_scale_${process.pid}_${storeKind}_${workers}`;
      await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${db}`);
      const queue = pgUrl(db);
      const sqlite = join(dir, `${db}.sqlite`);
      const store = storeKind === 'postgres' ? queue : sqlite;
      try {
        const common = ['--store', store, '--queue', queue, '--quiet'];
        const enq = await run(['enqueue', join(dir, 'in'), ...common]);
        if (enq.code !== 0) throw new Error(`enqueue failed: ${enq.stderr}`);
        const load: number[] = [];
        const sampler = setInterval(() => load.push(loadavg()[0]!), 5000);
        const started = performance.now();
        const outs = await Promise.all(Array.from({ length: workers }, () => run(['worker', '--exit-when-idle', '--analysis-threads', String(THREADS), ...(THREAD_HEAP ? ['--analysis-heap-mb', THREAD_HEAP] : []), ...(MAX_ANALYSED ? ['--max-analysed', MAX_ANALYSED] : []), ...common])));
        const wall = (performance.now() - started) / 1000;
        clearInterval(sampler);
        for (const o of outs) if (o.code !== 0) throw new Error(`worker failed: ${o.stderr.slice(-500)}`);
        const num = (o: string, re: RegExp) => Number(o.match(re)?.[1] ?? NaN);
        const stored = outs.reduce((a, o) => a + num(o.stdout, /(\d+) new document\(s\) stored/), 0);
        const analyses = outs.reduce((a, o) => a + num(o.stdout, /(\d+) story analysis/), 0);
        const dropped = outs.reduce((a, o) => a + num(o.stdout, /(\d+) dropped/), 0);
        const analysedDocs = outs.reduce((a, o) => a + num(o.stdout, /(\d+) documents analysed in all/), 0);
        const cpu = outs.reduce((a, o) => a + num(o.stdout, /CPU ([\d.]+) s/), 0);
        const peaks = outs.map((o) => num(o.stdout, /peak memory (\d+) MB/));
        const busy = (name: string) => outs.reduce((a, o) => a + (num(o.stdout, new RegExp(`${name} ([\\d.]+) s`)) || 0), 0).toFixed(0);
        let storeBytes: number;
        let queueBytes: number;
        if (storeKind === 'postgres') {
          const [r] = await query<{ store: string; queue: string }>(queue, `SELECT
            (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm')) AS store,
            (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'synoptic_queue' AND c.relkind IN ('r', 'p')) AS queue`);
          storeBytes = Number(r!.store); queueBytes = Number(r!.queue);
        } else {
          storeBytes = fileSize(sqlite) + fileSize(`${sqlite}-wal`);
          const [r] = await query<{ queue: string }>(queue, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS queue FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'synoptic_queue' AND c.relkind IN ('r', 'p')`);
          queueBytes = Number(r!.queue);
        }
        const loadText = load.length ? `${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}` : loadavg()[0]!.toFixed(1);
        console.log(`| ${storeKind} | ${workers} | ${stored} | ${analyses} (${dropped}) | ${(analysedDocs / stored).toFixed(2)} | ${wall.toFixed(0)} | ${(stored / wall).toFixed(1)} | ${cpu.toFixed(0)} | ${(stored / cpu).toFixed(0)} | ${peaks.join(', ')} | ${busy('clean')} / ${busy('cluster')} / ${busy('analysis')} | ${mb(storeBytes)} | ${mb(queueBytes)} | ${loadText} |`);
      } finally {
        await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        rmSync(sqlite, { force: true }); rmSync(`${sqlite}-wal`, { force: true }); rmSync(`${sqlite}-shm`, { force: true });
      }
    }
  }

  if (QUEUE_JOBS > 0) {
    // The queue alone: no-op jobs through pg-boss, one at a time and in batches of 16, one process.
    const db = `syn_scale_${process.pid}_queue`;
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${db}`);
    try {
      console.log('');
      for (const batchSize of [1, 16]) {
        const q = await PgBossQueue.start({ connectionString: pgUrl(db), schema: `noop_${batchSize}` });
        let t = performance.now();
        for (let i = 0; i < QUEUE_JOBS; i++) await q.enqueue('noop', { i });
        const enqueueRate = QUEUE_JOBS / ((performance.now() - t) / 1000);
        let done = 0;
        t = performance.now();
        await new Promise<void>((resolve) => { void q.work<{ i: number }>('noop', async (jobs) => { done += jobs.length; if (done >= QUEUE_JOBS) resolve(); }, { batchSize }); });
        const workRate = QUEUE_JOBS / ((performance.now() - t) / 1000);
        await q.stop();
        console.log(`pg-boss no-op jobs (${QUEUE_JOBS}, one process): enqueue ${enqueueRate.toFixed(0)} jobs/s; work in batches of ${batchSize}: ${workRate.toFixed(0)} jobs/s`);
      }
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
