/**
 * @module bench/reuse-scale — `node --import tsx bench/reuse-scale.ts [sizes]`: findReuse on 10k and 100k synthetic
 * documents (each size in its own process, one core), documents/s, ms per document and peak memory; beside it
 * the cost of a full-scan all-pairs baseline at 10k (a timed sample of pairs, extrapolated to n(n-1)/2).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { evalDir } from '../eval/lib/eval-dir.ts';
import { findReuse, defaultReuseOptions } from '../src/stages/reuse/index.ts';
import { bodyTokens } from '../src/stages/reuse/body-tokens.ts';
import { fingerprint } from '../src/stages/reuse/fingerprint.ts';
import { alignDocuments } from '../src/stages/reuse/align.ts';
import { jaccard } from '../src/lib/hash/shingle.ts';
import { minhashSalts } from '../src/lib/hash/minhash.ts';
import { rng } from './reuse-edits.ts';
import { syntheticCorpus, vocabulary } from './reuse-synthetic.ts';

function child(n: number, baseline: boolean): void {
  const docs = syntheticCorpus(n, vocabulary(evalDir()));
  const rssBefore = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = findReuse(docs);
  const wall = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  const ms = (c1.user + c1.system) / 1000; // CPU time: the machine may be shared, wall time is printed beside it
  const out: Record<string, number> = {
    documents: n, cpuSeconds: ms / 1000, wallSeconds: wall / 1000, docsPerCpuSecond: n / (ms / 1000), cpuMsPerDocument: ms / n,
    passages: r.passages.length, duplicates: r.provenance.duplicates.length,
    rssBeforeMB: rssBefore / 2 ** 20, peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  if (baseline) {
    // All-pairs full scan: every pair compared, by exact shingle Jaccard (cheapest) or by alignment (what finding passages needs).
    const salts = minhashSalts(defaultReuseOptions.minhashSize);
    const bodies = docs.map(bodyTokens);
    const prints = bodies.map((b) => fingerprint(b, defaultReuseOptions.shingleSize, salts));
    const rand = rng(3);
    const sample = Array.from({ length: 20_000 }, () => [Math.floor(rand() * n), Math.floor(rand() * n)] as const);
    const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
    let t = cpu();
    for (const [i, j] of sample) jaccard(prints[i]!.shingles, prints[j]!.shingles);
    const jaccardPerPair = (cpu() - t) / sample.length;
    t = cpu();
    for (const [i, j] of sample.slice(0, 5000)) alignDocuments(bodies[i]!, bodies[j]!, defaultReuseOptions);
    const alignPerPair = (cpu() - t) / 5000;
    const pairs = (n * (n - 1)) / 2;
    out.allPairsJaccardCpuSeconds = (pairs * jaccardPerPair) / 1000;
    out.allPairsAlignCpuSeconds = (pairs * alignPerPair) / 1000;
  }
  console.log(JSON.stringify(out));
}

const args = process.argv.slice(2);
if (args[0] === '--child') child(Number(args[1]), args[2] === 'baseline');
else {
  const sizes = (args[0] ?? '10000,100000').split(',').map(Number);
  const rows: Record<string, Record<string, number>> = {};
  for (const n of sizes) {
    const r = spawnSync(process.execPath, [`--max-old-space-size=${n > 300_000 ? 21000 : 16000}`, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(n), n <= 10_000 ? 'baseline' : ''], { encoding: 'utf8' });
    if (r.status !== 0) { console.error(r.stderr); continue; }
    rows[`${n}`] = Object.fromEntries(Object.entries(JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>).map(([k, v]) => [k, Math.round(v * 100) / 100]));
  }
  console.table(rows);
  const ms = sizes.map((n) => rows[`${n}`]?.cpuMsPerDocument).filter((x): x is number => x !== undefined);
  if (ms.length > 1) console.log(`per-document CPU cost growth ${sizes[0]} → ${sizes[sizes.length - 1]}: ${(ms[ms.length - 1]! / ms[0]!).toFixed(2)}x`);
}
