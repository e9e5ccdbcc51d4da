/**
 * @module bench/extract-entities-quotes — documents per second for entities + quotes (one core), on the demo
 * corpus repeated and, when ../shared/eval is present, on PolNeAR's dev articles (longer, ~800 words).
 * Throughput is given per core from this process's CPU time (robust to a busy machine) and by the wall clock.
 * Peer in the same run: tokenising alone (wordTokens over every paragraph), the floor any extractor pays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../src/lib/article-from-text.ts';
import { wordTokens } from '../src/lib/text/word-tokens.ts';
import { resolveEntities } from '../src/stages/extract/entities/index.ts';
import { findQuotes } from '../src/stages/extract/quotes/index.ts';
import type { Article } from '../src/core/index.ts';
import { evalDir } from '../eval/lib/eval-dir.ts';

function time(label: string, docs: Article[], fn: (d: Article) => void): void {
  for (const d of docs.slice(0, 100)) fn(d); // warm-up: let the JIT settle before timing
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) fn(d);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  const words = docs.reduce((n, d) => n + d.wordCount, 0);
  console.log(`${label.padEnd(46)} ${docs.length.toString().padStart(5)} docs  ${(docs.length / (cpuMs / 1000)).toFixed(0).padStart(6)} docs/s/core (cpu)  ${(docs.length / (ms / 1000)).toFixed(0).padStart(6)} docs/s (wall)  ${(cpuMs / docs.length).toFixed(2).padStart(7)} cpu-ms/doc  ${(words / docs.length).toFixed(0).padStart(5)} words/doc`);
}

const demoDir = new URL('../examples/demo/', import.meta.url);
const demo = readdirSync(demoDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, demoDir), 'utf8'));
const sets: [string, Article[]][] = [['demo corpus ×100', Array.from({ length: 300 }, (_, i) => articleFromText(`demo-${i}`, demo[i % demo.length]!))]];
const polnear = join(evalDir(), 'attribution', 'dev', 'text');
try {
  sets.push(['PolNeAR dev', readdirSync(polnear).filter((f) => f.endsWith('.txt')).map((f) => articleFromText(f, readFileSync(join(polnear, f), 'utf8')))]);
} catch { console.log('(PolNeAR dev absent: demo corpus only)'); }

for (const [name, docs] of sets) {
  time(`${name}: tokenise only (peer floor)`, docs, (d) => { for (const p of d.paragraphs) wordTokens(d.text, p.start, p.end); });
  time(`${name}: entities`, docs, (d) => { resolveEntities([d]); });
  time(`${name}: entities + quotes`, docs, (d) => { findQuotes(d, resolveEntities([d])); });
}
const mb = process.memoryUsage().rss / 1e6;
console.log(`rss ${mb.toFixed(0)} MB`);
