/**
 * @module readers/url — an http(s) input: downloaded through the Fetcher given in the options (which
 * enforces what may be fetched), then read like a file of the same content. Pages carry the final URL (feed items and JSON records keep their own).
 */
import { InputError } from '../../../core/errors.ts';
import type { Fetcher } from '../../../core/ports/fetcher.ts';
import type { IngestOptions } from '../defaults.ts';
import type { Sink } from '../sink.ts';
import { readDocument } from '../read-document.ts';

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function readUrl(url: string, fetcher: Fetcher | null, sink: Sink, opts: IngestOptions): Promise<void> {
  if (!fetcher) return sink.problem(url, 'URLs cannot be read here: no fetcher configured');
  let res;
  try {
    res = await fetcher.fetch(url);
  } catch (err) {
    return sink.problem(url, err instanceof InputError ? err.message : `download failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  await readDocument(res.body, { path: url, url: res.url, transportCharset: res.charset }, sink, opts);
}
