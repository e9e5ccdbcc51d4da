/**
 * Fuzzing harness over fast-check: runs a parser on generated inputs (10,000 by default; FUZZ_RUNS
 * overrides), lets only InputError rejections through (anything else thrown is a crash), and checks
 * a per-document time budget two ways:
 *  - every case is timed; one over FUZZ_BUDGET_MS fails the property (and fast-check shrinks it);
 *  - a watchdog thread kills the test process when one case has been running for WATCHDOG_MS, after
 *    printing which property and case and how to replay it: a parser stuck in an endless synchronous
 *    loop never returns to be timed, and would otherwise hang the test run.
 * The budget is a hang check, not a speed assertion. FUZZ_SEED replays a run (the seed is printed on
 * failure and by the watchdog).
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { InputError } from '../../src/core/errors.ts';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** 2 s per document: the slowest case seen on a loaded 2-core machine is ~0.4 s, on inputs of a few KB. */
export const FUZZ_BUDGET_MS = 2000;
/** A case still running after this long is stuck: the watchdog ends the process (FUZZ_WATCHDOG_MS: for its own test). */
export const WATCHDOG_MS = Number(process.env.FUZZ_WATCHDOG_MS ?? 5 * FUZZ_BUDGET_MS);

export interface FuzzStats {
  /** Cases actually run (counted, not configured). */
  runs: number;
  slowestMs: number;
  /** 1-based index of the slowest case. */
  slowestAt: number;
  totalMs: number;
}

/**
 * Shared with the watchdog: [0] start of the running case (ms since epoch, 0 when none), [1] its
 * index, [2] the seed; the property's name as UTF-8 bytes after them.
 */
const shared = new SharedArrayBuffer(8 * 3 + 256);
const clock = new Float64Array(shared, 0, 3);
const nameBytes = new Uint8Array(shared, 24, 256);

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const clock = new Float64Array(workerData.shared, 0, 3);
const name = new Uint8Array(workerData.shared, 24, 256);
setInterval(() => {
  const started = clock[0];
  if (!started || Date.now() - started < workerData.limit) return;
  const label = Buffer.from(name).toString('utf8').replace(/\\0+$/, '');
  writeSync(2, 'fuzz watchdog: case ' + clock[1] + ' of "' + label + '" has run for ' + (Date.now() - started) + ' ms (budget ' + workerData.budget
    + ' ms): a hang. Replay with FUZZ_SEED=' + clock[2] + '\\n');
  process.kill(workerData.pid, 'SIGKILL');
}, 200);
`;
let watchdog: Worker | null = null;

function watch(name: string, seed: number): void {
  if (!watchdog) {
    watchdog = new Worker(WATCHDOG, { eval: true, workerData: { shared, limit: WATCHDOG_MS, budget: FUZZ_BUDGET_MS, pid: process.pid } });
    watchdog.unref();
  }
  nameBytes.fill(0);
  nameBytes.set(new TextEncoder().encode(name).subarray(0, 255));
  clock[2] = seed;
}

function begin(stats: FuzzStats): number {
  clock[1] = stats.runs + 1;
  const t = performance.now();
  clock[0] = Date.now();
  return t;
}

function end(t: number, stats: FuzzStats): void {
  clock[0] = 0;
  const ms = performance.now() - t;
  stats.runs++;
  if (ms > stats.slowestMs) {
    stats.slowestMs = ms;
    stats.slowestAt = stats.runs;
  }
  if (ms > FUZZ_BUDGET_MS) throw new Error(`one case took ${Math.round(ms)} ms, over the ${FUZZ_BUDGET_MS} ms per-document budget (a hang?)`);
}

function allowed(err: unknown): void {
  if (!(err instanceof InputError)) throw err;
}

const seedOf = () => (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0);

/** Synchronous parsers. `check` may assert; InputError rejections are allowed. */
export function fuzz<T>(name: string, arb: fc.Arbitrary<T>, check: (input: T) => void, runs = FUZZ_RUNS): FuzzStats {
  const stats: FuzzStats = { runs: 0, slowestMs: 0, slowestAt: 0, totalMs: 0 };
  const seed = seedOf();
  watch(name, seed);
  const t0 = performance.now();
  try {
    fc.assert(fc.property(arb, (input) => {
      const t = begin(stats);
      try { check(input); } catch (err) { clock[0] = 0; allowed(err); }
      end(t, stats);
    }), { numRuns: runs, seed });
  } finally { clock[0] = 0; }
  return finish(name, stats, runs, t0);
}

/** Asynchronous parsers (streams, fetches). */
export async function fuzzAsync<T>(name: string, arb: fc.Arbitrary<T>, check: (input: T) => Promise<void>, runs = FUZZ_RUNS): Promise<FuzzStats> {
  const stats: FuzzStats = { runs: 0, slowestMs: 0, slowestAt: 0, totalMs: 0 };
  const seed = seedOf();
  watch(name, seed);
  const t0 = performance.now();
  try {
    await fc.assert(fc.asyncProperty(arb, async (input) => {
      const t = begin(stats);
      try { await check(input); } catch (err) { clock[0] = 0; allowed(err); }
      end(t, stats);
    }), { numRuns: runs, seed });
  } finally { clock[0] = 0; }
  return finish(name, stats, runs, t0);
}

function finish(name: string, stats: FuzzStats, runs: number, t0: number): FuzzStats {
  stats.totalMs = performance.now() - t0;
  if (stats.runs < runs) throw new Error(`fuzz ${name}: only ${stats.runs} of ${runs} cases ran`);
  if (process.env.FUZZ_REPORT) console.log(`# fuzz ${name}: ${stats.runs} cases in ${(stats.totalMs / 1000).toFixed(1)} s, slowest case ${stats.slowestMs.toFixed(1)} ms (case ${stats.slowestAt})`);
  return stats;
}
