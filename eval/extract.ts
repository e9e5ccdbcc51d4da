/**
 * @module eval/extract — `npm run eval:extract`: attribution (PolNeAR), entities (CoNLL-2003)
 * and time expressions (TempEval-3), each from its own module, on the development halves in ../shared/eval.
 */
import { evaluate as attribution } from './extract-attribution.ts';
import { evaluate as entities } from './extract-entities.ts';
import { evaluate as times } from './extract-times.ts';

export async function evaluate(opts: { quick?: boolean } = {}): Promise<Record<string, number> | null> {
  const parts = { attribution: await attribution(opts), entities: await entities(opts), times: await times(opts) };
  const out: Record<string, number> = {};
  for (const [name, figures] of Object.entries(parts)) for (const [k, v] of Object.entries(figures ?? {})) out[`${name}.${k}`] = v;
  return Object.keys(out).length ? out : null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await evaluate({ quick: process.argv.includes('--quick') });
  if (figures) console.table(figures);
}
