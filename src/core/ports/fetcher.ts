/**
 * @module fetcher — the network port: every page or feed Synoptic downloads goes through one Fetcher,
 * so the rules on what may be fetched (no private addresses, size and time caps, content types)
 * live in one place. Stages take a Fetcher as an option and never open sockets themselves.
 */

/** One downloaded resource, body undecoded (the reader decides the character set). */
export interface FetchedResource {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  /** Media type without parameters, lower case ("text/html"), or null when the server sent none. */
  contentType: string | null;
  /** The `charset` parameter of Content-Type, if any. */
  charset: string | null;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** The body after any Content-Encoding was undone. */
  body: Uint8Array;
}

/** Validators for a conditional request: a server that still has the same resource answers 304. */
export interface FetchOptions {
  /** Sent as If-None-Match (an ETag from an earlier answer). */
  ifNoneMatch?: string | null;
  /** Sent as If-Modified-Since (a Last-Modified from an earlier answer). */
  ifModifiedSince?: string | null;
}

/**
 * Downloads one URL. Implementations must refuse (reject with an `InputError` naming the URL and the
 * reason in words) rather than return anything they were not allowed to fetch.
 */
export interface Fetcher {
  /** With validators, a 304 Not Modified resolves (status 304, empty body) instead of rejecting. */
  fetch(url: string, options?: FetchOptions): Promise<FetchedResource>;
}
