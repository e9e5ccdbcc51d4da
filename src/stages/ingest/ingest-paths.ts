/**
 * @module ingest-paths — files, folders and URLs to RawArticles, with one problem line per bad input.
 * Steps per input: a URL goes to the Fetcher; a folder is walked; each file is read by read-file.
 * Nothing thrown by one input stops the others.
 */
import { stat } from 'node:fs/promises';
import type { Problem, RawArticle } from '../../core/index.ts';
import { defaultIngestOptions, type IngestOptions } from './defaults.ts';
import { createSink, type Sink } from './sink.ts';
import { walkFolder } from './walk-inputs.ts';
import { readFileInput } from './read-file.ts';
import { isUrl, readUrl } from './readers/url.ts';
import { describeFsError } from './describe-fs-error.ts';

export interface IngestResult {
  /** Records in input order (empty when `onRecord` took them). */
  records: RawArticle[];
  problems: Problem[];
}

/** Read every path (file or folder, recursively) or http(s) URL; a bad input becomes a problem, the rest are still read. */
export async function ingestPaths(paths: string[], options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  const opts: IngestOptions = { ...defaultIngestOptions, ...options };
  const sink = createSink(opts.onRecord);
  for (const input of paths) {
    try {
      await readInput(input, sink, opts);
    } catch (err) {
      // A reader bug must not take the other inputs down; the user still gets one line.
      sink.problem(input, `could not be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  return { records: sink.records, problems: sink.problems };
}

async function readInput(input: string, sink: Sink, opts: IngestOptions): Promise<void> {
  if (isUrl(input)) return readUrl(input, opts.fetcher, sink, opts);
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    return sink.problem(input, describeFsError(err));
  }
  if (info.isFile()) {
    await readFileInput(input, info.size, false, sink, opts);
    return;
  }
  if (!info.isDirectory()) return sink.problem(input, 'not a regular file or folder');
  const before = { ...sink.counts };
  let files = 0;
  let skipped = 0;
  for await (const entry of walkFolder(input, opts)) {
    if (entry.kind === 'problem') sink.problem(entry.path, entry.error);
    else if (entry.kind === 'skipped') skipped++;
    else if ((await readFileInput(entry.path, entry.size, true, sink, opts)) === 'skipped') skipped++;
    else files++;
  }
  if (sink.counts.records === before.records && sink.counts.problems === before.problems) {
    sink.problem(input, files + skipped ? `folder holds no articles (${skipped} file(s) skipped as not articles)` : 'folder is empty');
  }
}
