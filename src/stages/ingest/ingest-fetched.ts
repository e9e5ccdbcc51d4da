/**
 * @module ingest-fetched — a resource already downloaded (a polled feed, an article page) to
 * RawArticles, read like a URL input: named by the URL asked for, decoded with the HTTP charset.
 */
import type { FetchedResource } from '../../core/ports/fetcher.ts';
import { defaultIngestOptions, type IngestOptions } from './defaults.ts';
import { createSink } from './sink.ts';
import { readDocument } from './read-document.ts';
import type { IngestResult } from './ingest-paths.ts';

export async function ingestFetched(resource: FetchedResource, options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  const opts: IngestOptions = { ...defaultIngestOptions, ...options };
  const sink = createSink(null);
  try {
    await readDocument(resource.body, { path: resource.requestedUrl, url: resource.url, transportCharset: resource.charset }, sink, opts);
  } catch (err) {
    sink.problem(resource.requestedUrl, `could not be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  return { records: sink.records, problems: sink.problems };
}
