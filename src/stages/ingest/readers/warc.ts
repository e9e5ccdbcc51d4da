/**
 * @module readers/warc — WARC files (plain or gzipped, as Common Crawl's CC-NEWS), streamed one record
 * at a time. Each HTML `response` (status 2xx) or HTML `resource` record becomes one record named
 * `path#n` (n = the record's position in the file). The HTTP Content-Type charset guides decoding.
 * WARC-Target-URI is the URL. The crawl date (WARC-Date) and HTTP Last-Modified are only hints about
 * publication: they go into meta (`crawledAt`, `lastModified`), never into `published`.
 */
import type { Sink } from '../sink.ts';
import { decodeBytes } from '../decode/decode-bytes.ts';
import { charsetOfContentType } from '../decode/declared-charset.ts';
import { gunzipChunks } from '../gunzip-chunks.ts';
import { formatBytes } from '../format-bytes.ts';
import { readHtml } from './html.ts';
import { decodePayload } from './http-payload.ts';
import { parseHeaderLines, readWarcRecords, type WarcRecordRead } from './warc-records.ts';

export interface WarcLimits {
  /** Larger HTML payloads are skipped (counted in one problem). */
  maxRecordBytes: number;
  maxReplacementShare: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export async function readWarc(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, path: string, sink: Sink, limits: WarcLimits): Promise<void> {
  let n = 0;
  let html = 0;
  let oversized = 0;
  const keep = (head: { headers: Map<string, string> }) => {
    const type = head.headers.get('warc-type');
    return type === 'response' || (type === 'resource' && HTML_TYPES.has(mediaType(head.headers.get('content-type') ?? ''))) ? limits.maxRecordBytes : 0;
  };
  try {
    for await (const record of readWarcRecords(ungzipped(source), keep)) {
      n++;
      const page = htmlPage(record);
      if (page === null) continue;
      html++;
      if (page === 'too-large') {
        oversized++;
        continue;
      }
      const body = page.headers ? decodePayload(page.payload, { get: (k) => page.headers!.get(k.toLowerCase()) ?? null }, limits.maxRecordBytes) : page.payload;
      if (body === 'too-large') oversized++;
      else if ('error' in body) sink.problem(`${path}#${n}`, body.error);
      else addPage(record, body, page.contentType, page.headers, `${path}#${n}`, sink, limits);
    }
  } catch (err) {
    sink.problem(path, `WARC stopped at record ${n + 1}: ${describeError(err)}${n ? ` (${n} record(s) read before it)` : ''}`);
    return;
  }
  if (oversized) sink.problem(path, `${oversized} HTML record(s) over the ${formatBytes(limits.maxRecordBytes)} record limit skipped`);
  if (!n) sink.problem(path, 'WARC file holds no records');
  else if (!html) sink.problem(path, `WARC holds no HTML responses (${n} record(s) of other kinds)`);
}

interface HtmlPage {
  contentType: string;
  /** HTTP response headers (names lower-cased); null for a resource record. */
  headers: Map<string, string> | null;
  payload: Uint8Array;
}

/** The HTML page a record holds, 'too-large' when it was not kept, or null for anything else. */
function htmlPage(record: WarcRecordRead): HtmlPage | 'too-large' | null {
  const type = record.headers.get('warc-type');
  if (type === 'resource') {
    if (!HTML_TYPES.has(mediaType(record.headers.get('content-type') ?? ''))) return null;
    return record.block ? { contentType: record.headers.get('content-type')!, headers: null, payload: record.block } : 'too-large';
  }
  if (type !== 'response') return null;
  if (!record.block) return 'too-large';
  const http = splitHttp(record.block);
  if (!http) return null;
  const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(http.statusLine)?.[1]);
  const contentType = http.headers.get('content-type') ?? '';
  if (!(status >= 200 && status < 300) || !HTML_TYPES.has(mediaType(contentType))) return null;
  return { contentType, headers: http.headers, payload: http.payload };
}

/** An HTTP response block as status line, headers and payload; null when it is not one. */
function splitHttp(block: Uint8Array): { statusLine: string; headers: Map<string, string>; payload: Uint8Array } | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  let end = buf.indexOf('\r\n\r\n');
  let sep = 4;
  if (end === -1 || end > 65536) {
    end = buf.indexOf('\n\n');
    sep = 2;
  }
  if (end === -1 || end > 65536) return null;
  const text = buf.subarray(0, end).toString('latin1');
  return { statusLine: text.slice(0, text.indexOf('\n') >>> 0), headers: parseHeaderLines(text), payload: buf.subarray(end + sep) };
}

function addPage(record: WarcRecordRead, body: Uint8Array, contentType: string, http: Map<string, string> | null, path: string, sink: Sink, limits: WarcLimits): void {
  const decoded = decodeBytes(body, { transportCharset: charsetOfContentType(contentType), markup: true });
  if (decoded.replacementShare > limits.maxReplacementShare) return sink.problem(path, `unreadable text: ${Math.round(decoded.replacementShare * 100)}% of characters undecodable as ${decoded.encoding}`);
  const meta: Record<string, unknown> = {};
  const crawled = record.headers.get('warc-date');
  if (crawled) meta.crawledAt = crawled;
  const lm = Date.parse(http?.get('last-modified') ?? '');
  if (!Number.isNaN(lm)) meta.lastModified = new Date(lm).toISOString();
  const id = record.headers.get('warc-record-id');
  if (id) meta.warcRecordId = id;
  const url = record.headers.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1') ?? null;
  readHtml(decoded.text, { path, url, encodingNote: decoded.note }, sink, meta);
}

/** Undoes gzip (CC-NEWS writes one member per record) when the stream starts with the gzip magic. */
async function* ungzipped(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<Uint8Array>)[Symbol.iterator]()) as AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  async function* all(): AsyncGenerator<Uint8Array> {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  if (head[0] === 0x1f && head[1] === 0x8b) yield* gunzipChunks(all());
  else yield* all();
}

function describeError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'Z_BUF_ERROR') return 'gzip data cut short (truncated file?)';
  if (code === 'Z_DATA_ERROR') return `damaged gzip data (${(err as Error).message})`;
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}
