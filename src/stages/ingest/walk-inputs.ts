/**
 * @module walk-inputs — the files under a folder, recursively, in name order. Skips hidden entries
 * (dotfiles), project metadata (README, LICENSE ...), asset and code extensions, and symbolic-link loops.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { IngestOptions } from './defaults.ts';
import { describeFsError } from './describe-fs-error.ts';

export type WalkEntry =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'skipped'; path: string }
  | { kind: 'problem'; path: string; error: string };

export async function* walkFolder(dir: string, opts: IngestOptions, seen = new Set<string>()): AsyncGenerator<WalkEntry> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).sort();
  } catch (err) {
    yield { kind: 'problem', path: dir, error: describeFsError(err) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (name.startsWith('.') || name === 'node_modules' || name === '__MACOSX') continue;
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: 'problem', path, error: describeFsError(err) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path, opts, seen);
    else if (!info.isFile()) yield { kind: 'skipped', path };
    else if (opts.skipNames.test(name.toLowerCase()) || opts.skipExtensions.includes(extname(name).slice(1).toLowerCase())) yield { kind: 'skipped', path };
    else yield { kind: 'file', path, size: info.size };
  }
}
