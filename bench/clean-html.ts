/**
 * @module bench/clean-html — HTML pages per second on one core: Synoptic's clean() (and its HTML reader
 * alone) against Readability.js on linkedom, on the same pages (../shared/eval/extraction), each in its
 * own child process so peak RSS is its own. Prints pages/s and ms/page by wall clock and by CPU time
 * (steadier on a shared machine), peak RSS, and the body F1 beside.
 *   node --import tsx bench/clean-html.ts [--rounds 3]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readHtml } from '../src/stages/clean/html/index.ts';
import { resolveCleanOptions } from '../src/stages/clean/defaults.ts';
import { evalSet } from '../eval/lib/eval-dir.ts';
import { loadExtractionPages, readabilityBody, scoreExtraction, synopticBody, type ExtractionPage } from '../eval/clean.ts';

type Runner = (p: ExtractionPage) => string;

const RUNNERS: Record<string, Runner> = {
  'synoptic clean()': synopticBody,
  'synoptic readHtml only': (p) => {
    const r = readHtml(p.html, { path: p.url, format: 'html', sourceId: null, url: p.url, title: null, text: null, html: p.html, published: null, outlet: null, meta: {} }, resolveCleanOptions({}));
    return r.paragraphs.map((x) => r.text.slice(x.start, x.end)).join('\n\n');
  },
  'readability.js + linkedom': readabilityBody,
};

/** In a child: run one extractor over the pages `rounds` times, print figures as JSON. */
function child(name: string, rounds: number): void {
  const dir = evalSet('extraction');
  if (!dir) return;
  const pages = loadExtractionPages(dir);
  const run = RUNNERS[name]!;
  const preds = pages.map(run); // warm-up round, also the predictions scored
  const mb = pages.reduce((n, p) => n + p.html.length, 0) / 1e6;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const p of pages) run(p);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const f1 = scoreExtraction(pages.map((p, i) => ({ truth: p.truth, pred: preds[i]! }))).f1;
  const n = pages.length * rounds;
  console.log(JSON.stringify({ name, pages: pages.length, htmlMB: mb, pagesPerSec: (n / ms) * 1000, msPerPage: ms / n, cpuPagesPerSec: (n / cpuMs) * 1000, cpuMsPerPage: cpuMs / n, peakRssMB: process.resourceUsage().maxRSS / 1024, f1 }));
}

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 3;
if (args[0] === '--child') {
  child(args[1]!, rounds);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const self = fileURLToPath(import.meta.url);
  const rows: Record<string, unknown>[] = [];
  for (const name of Object.keys(RUNNERS)) {
    const out = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', name, '--rounds', String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = out.stdout.trim().split('\n').pop();
    if (!line) { console.error(out.stderr); process.exit(1); }
    const r = JSON.parse(line) as Record<string, number | string>;
    rows.push({ extractor: name, 'pages/s': +(r.pagesPerSec as number).toFixed(1), 'ms/page': +(r.msPerPage as number).toFixed(2), 'pages/CPU-s': +(r.cpuPagesPerSec as number).toFixed(1), 'CPU ms/page': +(r.cpuMsPerPage as number).toFixed(2), 'peak RSS MB': +(r.peakRssMB as number).toFixed(0), 'body F1': +(r.f1 as number).toFixed(4) });
  }
  console.log(`HTML cleaning speed, one core, ${rounds} timed rounds over the extraction pages (after one warm-up round)`);
  console.table(rows);
  const ratio = (k: string) => ((rows[0]![k] as number) / (rows[2]![k] as number)).toFixed(2);
  console.log(`synoptic clean() vs readability.js + linkedom: ${ratio('pages/s')}x by wall clock, ${ratio('pages/CPU-s')}x by CPU time`);
}
