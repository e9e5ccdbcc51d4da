/** @module eval-dir — where the public labelled data lives (../shared/eval), and a plain word when it is absent. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The labelled-data folder: $SYNOPTIC_EVAL_DIR, else ../shared/eval beside the repo. */
export function evalDir(): string {
  return process.env.SYNOPTIC_EVAL_DIR ?? resolve(repoRoot, '..', 'shared', 'eval');
}

/** Path of one labelled set, or null (with a printed reason) when it is not on this machine. */
export function evalSet(name: string): string | null {
  const p = join(evalDir(), name);
  if (existsSync(p)) return p;
  console.error(`eval: ${p} is absent (a clone without ../shared/eval); skipping the ${name} evaluation.`);
  return null;
}
