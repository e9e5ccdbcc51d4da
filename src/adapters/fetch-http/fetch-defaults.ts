/** @module fetch-defaults — the HTTP fetcher's limits, each with what it controls and why. */

export interface HttpFetcherOptions {
  /** `host` or `host:port` entries fetched even when they resolve to a blocked address (local test servers). */
  allowHosts: string[];
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  /** Whole-request deadline, DNS and redirects included. */
  timeoutMs: number;
  /** Redirects followed; each hop is checked like the first request. */
  maxRedirects: number;
  /** Media types accepted (a response without Content-Type is accepted and sniffed). */
  contentTypes: string[];
  userAgent: string;
  /** Name resolution (all addresses of a host); replaceable in tests so no real DNS is asked. */
  lookup: ((hostname: string) => Promise<{ address: string; family: number }[]>) | null;
}

export const defaultHttpFetcherOptions: HttpFetcherOptions = {
  allowHosts: [],
  // 20 MiB: same as ingest's whole-file limit; news pages are well under 5 MB.
  maxBytes: 20 * 1024 * 1024,
  // 20 s: generous for one page on a slow site; a batch of URLs must not hang on one.
  timeoutMs: 20_000,
  // 5: browsers allow 20, but news sites use at most 2–3 (http→https, canonical host, tracking hop).
  maxRedirects: 5,
  contentTypes: [
    'text/html', 'application/xhtml+xml', 'application/rss+xml', 'application/atom+xml', 'application/rdf+xml',
    'application/xml', 'text/xml', 'application/json', 'application/x-ndjson', 'application/jsonl', 'text/plain',
    // Gzipped sitemaps (sitemap.xml.gz) and record files: ingest sniffs what is inside.
    'application/gzip', 'application/x-gzip',
  ],
  userAgent: 'synoptic/0.1 (news analysis; +https://github.com/)',
  lookup: null,
};
