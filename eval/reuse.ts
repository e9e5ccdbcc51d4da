/**
 * @module eval/reuse — `npm run eval:reuse`: passage alignment, direction, near-duplicates and provenance groups
 * on a generated reuse corpus made at run time from real articles in ../shared/eval (see bench/reuse-corpus.ts).
 */
import { evalSet } from './lib/eval-dir.ts';
import { dirname } from 'node:path';
import { makeReuseCorpus } from '../bench/reuse-corpus.ts';
import { findReuse, type ReuseOptions } from '../src/stages/reuse/index.ts';
import { scoreReuse } from './reuse-score.ts';

export async function evaluate(opts: { quick?: boolean; seed?: number; options?: Partial<ReuseOptions> } = {}): Promise<Record<string, number> | null> {
  const extraction = evalSet('extraction');
  const ecb = evalSet('ecbplus');
  if (!extraction || !ecb) return null;
  const corpus = makeReuseCorpus(dirname(extraction), { stories: opts.quick ? 24 : 90, seed: opts.seed ?? 7 });
  const c0 = process.cpuUsage();
  const result = findReuse(corpus.docs, opts.options);
  const cpu = process.cpuUsage(c0);
  return { documents: corpus.docs.length, ...scoreReuse(result, corpus.truth), cpuMsPerDocument: (cpu.user + cpu.system) / 1000 / corpus.docs.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await evaluate({ quick: process.argv.includes('--quick') });
  if (figures) console.table(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 1000) / 1000])));
}
