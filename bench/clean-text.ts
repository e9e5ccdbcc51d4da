/**
 * Plain-text cleaning speed on one core: docs/s and ms/doc for readPlainText (line roles only) and the
 * whole clean() (plus date choice, language, ids), over the demo corpus, the clean fixtures and, when
 * present, the PolNeAR article texts in ../shared/eval/attribution (read at run time, not copied).
 * Peers in the same run: the date finder of this stage against chrono-node on the same texts.
 *   node --import tsx bench/clean-text.ts [--docs N]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { clean } from '../src/stages/clean/index.ts';
import { readPlainText } from '../src/stages/clean/text/index.ts';
import { resolveCleanOptions } from '../src/stages/clean/defaults.ts';
import { findDates } from '../src/stages/clean/pub-date/parse-date.ts';
import type { RawArticle } from '../src/core/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readDir = (dir: string, pick: (f: string) => boolean) => (existsSync(dir) ? readdirSync(dir).filter(pick).map((f) => readFileSync(join(dir, f), 'utf8')) : []);
const scraped = [
  ...readDir(join(root, 'examples/demo'), (f) => f.endsWith('.txt')),
  ...readdirSync(join(root, 'test/fixtures/clean')).flatMap((d) => readDir(join(root, 'test/fixtures/clean', d), (f) => f === 'input.txt')),
];
const polnear = readDir(process.env.SYNOPTIC_EVAL_DIR ? join(process.env.SYNOPTIC_EVAL_DIR, 'attribution/train/text') : resolve(root, '..', 'shared/eval/attribution/train/text'), (f) => f.endsWith('.txt'));
const limit = Number(process.argv[process.argv.indexOf('--docs') + 1]) || Infinity;

const raw = (text: string): RawArticle => ({ path: 'bench.txt', format: 'text', sourceId: null, url: null, title: null, text, html: null, published: null, outlet: null, meta: {} });
const opts = resolveCleanOptions({ now: new Date('2026-01-01T00:00:00Z') });

/** Wall time and CPU time (user + system) of the best round: on a shared, loaded machine the CPU time
 * is the figure that says what one core does; the wall time is printed beside it. */
function time(docs: string[], name: string, fn: (t: string) => unknown, rounds = 3) {
  const chars = docs.reduce((s, t) => s + t.length, 0);
  for (const t of docs.slice(0, 50)) fn(t); // warm-up
  let best = { cpu: Infinity, wall: Infinity };
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const t of docs) fn(t);
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e3;
    if (cpu < best.cpu) best = { cpu, wall };
  }
  const rate = (ms: number) => ((docs.length / ms) * 1000).toFixed(0).padStart(7);
  console.log(`  ${name.padEnd(38)} ${rate(best.cpu)} docs/s CPU ${(best.cpu / docs.length).toFixed(3).padStart(7)} ms/doc ${((chars / 1e6) / (best.cpu / 1000)).toFixed(2).padStart(6)} MB/s | wall ${rate(best.wall)} docs/s`);
}

function suite(label: string, docs: string[]) {
  if (!docs.length) return console.log(`${label}: absent, skipped`);
  const chars = docs.reduce((s, t) => s + t.length, 0);
  console.log(`${label}: ${docs.length} documents, mean ${(chars / docs.length).toFixed(0)} characters; one core, best of 3`);
  time(docs, 'readPlainText (line roles)', (t) => readPlainText(t, raw(t), opts));
  time(docs, 'clean() whole stage, plain text', (t) => clean(raw(t), opts));
  time(docs, 'findDates (this stage) over the text', (t) => findDates(t));
  time(docs, 'peer: chrono-node parse over the text', (t) => chrono.parse(t), 1);
}

// the scraped pages (demo + fixtures) are few: cycle them to 800 runs so timings are stable
suite('scraped news pages (demo + fixtures)', Array.from({ length: Math.min(800, limit) }, (_, i) => scraped[i % scraped.length]!));
suite('PolNeAR article texts (../shared/eval/attribution/train)', polnear.slice(0, limit));
const mem = process.memoryUsage();
console.log(`heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);
