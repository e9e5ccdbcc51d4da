/**
 * @module read-document — one document's bytes (a file read whole, or a fetched body) to records:
 * recognise binary data and containers by their bytes, decode, recognise the format by content, and
 * hand the text to its reader. A sitemap's listed pages are fetched and read here too, sharing one
 * budget (depth, sitemaps, pages) across everything reached from the same input.
 */
import { gunzipSync } from 'node:zlib';
import type { IngestOptions } from './defaults.ts';
import type { Sink } from './sink.ts';
import { sniffBytes } from './sniff-bytes.ts';
import { rootElement, sniffText } from './sniff-text.ts';
import { decodeBytes } from './decode/decode-bytes.ts';
import { formatBytes } from './format-bytes.ts';
import type { DocumentContext } from './readers/document-context.ts';
import { readText } from './readers/text.ts';
import { readHtml } from './readers/html.ts';
import { readJson } from './readers/json.ts';
import { readFeed } from './readers/rss.ts';
import { readWarc } from './readers/warc.ts';
import { SITEMAP_ROOTS } from './readers/sitemap-parse.ts';
import { newSitemapBudget, readSitemap, type SitemapBudget } from './readers/sitemap.ts';

export interface DocumentInput {
  path: string;
  url: string | null;
  /** Charset named by the transport (HTTP), which outranks the document's own declaration. */
  transportCharset: string | null;
}

/** Where a document sits: already un-gzipped once, or reached from a sitemap (whose budget it shares). */
export interface DocumentState {
  gunzipped?: boolean;
  sitemap?: SitemapBudget;
}

export async function readDocument(bytes: Uint8Array, input: DocumentInput, sink: Sink, opts: IngestOptions, state: DocumentState = {}): Promise<void> {
  if (!bytes.length) return sink.problem(input.path, input.url ? 'empty response' : 'empty file');
  const kind = sniffBytes(bytes.subarray(0, opts.sniffBytes), opts.maxControlShare);
  if (kind.kind === 'warc') return readWarc([bytes], input.path, sink, opts);
  if (kind.kind === 'binary') return sink.problem(input.path, `${kind.what}, not an article`);
  if (kind.kind === 'gzip') {
    if (state.gunzipped) return sink.problem(input.path, 'gzip inside gzip, not an article');
    const inflated = gunzip(bytes, opts.maxFileBytes);
    if (typeof inflated === 'string') return sink.problem(input.path, inflated);
    return readDocument(inflated, input, sink, opts, { ...state, gunzipped: true });
  }
  const decoded = decodeBytes(bytes, { transportCharset: input.transportCharset, markup: true });
  if (decoded.replacementShare > opts.maxReplacementShare) {
    return sink.problem(input.path, `unreadable text: ${Math.round(decoded.replacementShare * 100)}% of characters cannot be decoded as ${decoded.encoding}`);
  }
  const text = decoded.text;
  if (text.trim() === '') return sink.problem(input.path, input.url ? 'empty response' : 'file holds only whitespace');
  const ctx: DocumentContext = { path: input.path, url: input.url, encodingNote: decoded.note };
  switch (sniffText(text)) {
    case 'json': return readJson(text, ctx, sink);
    case 'rss': return readFeed(text, ctx, sink);
    case 'html': return readHtml(text, ctx, sink);
    case 'xml': {
      const root = rootElement(text);
      if (root && SITEMAP_ROOTS.has(root.replace(/^[\w-]+:/, ''))) {
        return readSitemap(text, ctx, sink, opts, state.sitemap ?? newSitemapBudget(opts), (b, i, s, o, budget) => readDocument(b, i, s, o, { sitemap: budget }));
      }
      return sink.problem(input.path, `XML document with root <${rootElement(text) ?? '?'}>, not an RSS/Atom feed, sitemap or web page`);
    }
    case 'text': return readText(text, ctx, sink);
  }
}

/** The decompressed bytes, or the reason they cannot be had. */
function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array | string {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return `decompresses to more than the ${formatBytes(maxBytes)} limit (option maxFileBytes)`;
    return 'damaged gzip data';
  }
}
