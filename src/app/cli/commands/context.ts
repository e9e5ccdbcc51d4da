/** @module commands/context — what every command gets: its arguments, streams, clock, progress and store location. */
import type { ProgressFn } from '../progress.ts';
import type { Fetcher } from '../../../core/ports/fetcher.ts';
import { UsageError } from '../../../core/errors.ts';

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  now: Date;
  progress: ProgressFn;
  /** Store location from --store or $SYNOPTIC_STORE (undefined: the default). */
  store: string | undefined;
  /** Downloads URL inputs; refuses private and loopback addresses. */
  fetcher: Fetcher;
}

/** `--max-analysed N` (analyze, ingest, worker): documents analysed per story at most; undefined: the default. */
export function maxAnalysed(ctx: CommandContext): number | undefined {
  const raw = ctx.values['max-analysed'];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || (n > 0 && n < 8)) throw new UsageError(`--max-analysed must be 0 (no bound) or a whole number ≥ 8, not "${raw}"`);
  return n;
}
