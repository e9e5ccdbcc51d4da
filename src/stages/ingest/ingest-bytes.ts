/** @module ingest-bytes — in-memory inputs (an HTTP upload, pasted text) to RawArticles, by the same readers as files. */
import { defaultIngestOptions, type IngestOptions } from './defaults.ts';
import { createSink } from './sink.ts';
import { readDocument } from './read-document.ts';
import { formatBytes } from './format-bytes.ts';
import type { IngestResult } from './ingest-paths.ts';

export interface NamedBytes {
  /** What the user calls this input (an upload's file name); used as the record's path in problems. */
  name: string;
  bytes: Uint8Array;
}

export async function ingestBytes(items: NamedBytes[], options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  const opts: IngestOptions = { ...defaultIngestOptions, ...options };
  const sink = createSink(null);
  for (const item of items) {
    if (item.bytes.length > opts.maxFileBytes) {
      sink.problem(item.name, `larger than the ${formatBytes(opts.maxFileBytes)} limit`);
      continue;
    }
    try {
      await readDocument(item.bytes, { path: item.name, url: null, transportCharset: null }, sink, opts);
    } catch (err) {
      sink.problem(item.name, `could not be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  return { records: sink.records, problems: sink.problems };
}
