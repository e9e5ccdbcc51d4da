/** @module commands/context — what every command gets: its arguments, streams, clock, progress and store location. */
import type { ProgressFn } from '../progress.ts';
import type { Fetcher } from '../../../core/ports/fetcher.ts';

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
