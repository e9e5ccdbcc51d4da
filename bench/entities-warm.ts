/**
 * @module bench/entities-warm — `node --import tsx bench/entities-warm.ts [passes]`: entity throughput once the
 * JIT has warmed up (a long-running server's case), as documents per second of this process's CPU time, over
 * the PolNeAR dev articles (../shared/eval) or, without them, the demo corpus. One core.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../src/lib/article-from-text.ts';
import { resolveEntities } from '../src/stages/extract/entities/index.ts';
import { evalDir } from '../eval/lib/eval-dir.ts';

const passes = Number(process.argv[2] ?? 30);
const polnear = join(evalDir(), 'attribution', 'dev', 'text');
const demoDir = new URL('../examples/demo/', import.meta.url);
const [label, docs] = existsSync(polnear)
  ? ['PolNeAR dev', readdirSync(polnear).filter((f) => f.endsWith('.txt')).map((f) => articleFromText(f, readFileSync(join(polnear, f), 'utf8')))]
  : ['demo corpus', readdirSync(demoDir).filter((f) => f.endsWith('.txt')).map((f) => articleFromText(f, readFileSync(new URL(f, demoDir), 'utf8')))];
for (const d of docs) resolveEntities([d]); // warm-up pass
const t0 = process.cpuUsage();
for (let r = 0; r < passes; r++) for (const d of docs) resolveEntities([d]);
const used = process.cpuUsage(t0);
const seconds = (used.user + used.system) / 1e6;
console.log(`${label}: ${docs.length} docs × ${passes} passes, entities ${Math.round((docs.length * passes) / seconds)} docs/s/core (cpu, warmed up)`);
