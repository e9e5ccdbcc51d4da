/**
 * @module eval/gate — `npm run eval:gate`: the quick evaluations against pinned floors (eval/baseline.json),
 * so accuracy cannot fall silently. A figure below its floor fails the run. Lowering a floor is a
 * deliberate edit of baseline.json, or a one-off `--allow-regression`.
 * Without ../shared/eval (a user's clone) each evaluation says so and the gate passes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Figures = Record<string, number> | null;
type Evaluation = (opts: { quick?: boolean }) => Promise<Figures>;

const EVALUATIONS: Record<string, () => Promise<{ evaluate: Evaluation }>> = {
  clean: () => import('./clean.ts'),
  dates: () => import('./dates.ts'),
  reuse: () => import('./reuse.ts'),
  stories: () => import('./stories.ts'),
  extract: () => import('./extract.ts'),
  compare: () => import('./compare.ts'),
};

const here = dirname(fileURLToPath(import.meta.url));
const baseline = JSON.parse(readFileSync(join(here, 'baseline.json'), 'utf8')) as { floors: Record<string, Record<string, number>> };
const allowRegression = process.argv.includes('--allow-regression');

let failures = 0;
for (const [name, load] of Object.entries(EVALUATIONS)) {
  const floors = baseline.floors[name] ?? {};
  let figures: Figures;
  try {
    figures = await (await load()).evaluate({ quick: true });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && !Object.keys(floors).length) {
      console.log(`${name}: no evaluation yet`);
      continue;
    }
    throw err;
  }
  if (!figures) { console.log(`${name}: labelled data absent, not scored`); continue; }
  for (const [metric, floor] of Object.entries(floors)) {
    const value = figures[metric];
    const ok = value !== undefined && value >= floor;
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}.${metric} = ${value?.toFixed(4) ?? 'missing'} (floor ${floor})`);
  }
  const unpinned = Object.keys(figures).filter((k) => !(k in floors));
  if (unpinned.length) console.log(`     ${name}: also measured ${unpinned.map((k) => `${k}=${figures![k]!.toFixed(3)}`).join(', ')}`);
}
if (failures && !allowRegression) {
  console.error(`eval gate: ${failures} figure(s) below their floor`);
  process.exit(1);
}
console.log(failures ? `eval gate: ${failures} regression(s) allowed by --allow-regression` : 'eval gate: all floors held');
