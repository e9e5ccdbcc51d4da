/**
 * @module http-fetcher — the Fetcher over node:http/https. Every hop (the first request and each
 * redirect) is checked by check-target and then connected to the very address that was checked.
 * Limits: one deadline for the whole fetch, a body cap counted after decompression, and a
 * content-type allow-list. Failures reject with an InputError naming the URL asked for.
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../../core/errors.ts';
import type { FetchedResource, Fetcher, FetchOptions } from '../../core/ports/fetcher.ts';
import { checkTarget, type CheckedTarget, type Resolve } from './check-target.ts';
import { defaultHttpFetcherOptions, type HttpFetcherOptions } from './fetch-defaults.ts';

const systemResolve: Resolve = (host) => dnsLookup(host, { all: true, verbatim: true });

export function createHttpFetcher(options: Partial<HttpFetcherOptions> = {}): Fetcher {
  const opts: HttpFetcherOptions = { ...defaultHttpFetcherOptions, ...options };
  const resolve = opts.lookup ?? systemResolve;
  return {
    async fetch(requestedUrl: string, conditional: FetchOptions = {}): Promise<FetchedResource> {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
      const fail = (reason: string) => new InputError(requestedUrl, reason);
      try {
        let current = requestedUrl;
        for (let hop = 0; ; hop++) {
          const target = await withDeadline(checkTarget(current, opts.allowHosts, resolve), abort.signal);
          if (typeof target === 'string') throw fail(hop ? `redirect to ${current}: ${target}` : target);
          const res = await request(target, opts, abort.signal, conditional);
          const location = res.headers.location;
          if (res.statusCode === 304 && (conditional.ifNoneMatch || conditional.ifModifiedSince)) {
            res.resume();
            return { requestedUrl, url: target.url.href, status: 304, contentType: null, charset: null, headers: headersOf(res), body: new Uint8Array() };
          }
          if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
            res.resume();
            if (hop >= opts.maxRedirects) throw fail(`too many redirects (more than ${opts.maxRedirects})`);
            current = new URL(location, target.url).href;
            continue;
          }
          return await readResponse(res, requestedUrl, target.url.href, opts, fail);
        }
      } catch (err) {
        if (err instanceof InputError) throw err;
        if (abort.signal.aborted) throw fail(`timed out after ${opts.timeoutMs / 1000} s`);
        throw fail(`download failed: ${(err as Error).message ?? String(err)}`);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function request(target: CheckedTarget, opts: HttpFetcherOptions, signal: AbortSignal, conditional: FetchOptions): Promise<http.IncomingMessage> {
  // Connect to the checked address only: a second DNS answer (rebinding) is never consulted.
  const pinned: LookupFunction = (_host, options, cb) => {
    if (options.all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
    else cb(null, target.address, target.family);
  };
  const mod = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolvePromise, reject) => {
    const req = mod.request(target.url, {
      method: 'GET',
      lookup: pinned,
      signal,
      headers: {
        'user-agent': opts.userAgent,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.7,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
        ...(conditional.ifNoneMatch ? { 'if-none-match': oneLine(conditional.ifNoneMatch) } : {}),
        ...(conditional.ifModifiedSince ? { 'if-modified-since': oneLine(conditional.ifModifiedSince) } : {}),
      },
    }, resolvePromise);
    req.on('error', reject);
    req.end();
  });
}

async function readResponse(res: http.IncomingMessage, requestedUrl: string, finalUrl: string, opts: HttpFetcherOptions, fail: (r: string) => InputError): Promise<FetchedResource> {
  const status = res.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    res.resume();
    throw fail(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
  }
  const ct = res.headers['content-type'] ?? null;
  const contentType = ct ? ct.split(';')[0]!.trim().toLowerCase() : null;
  if (contentType && !opts.contentTypes.includes(contentType)) {
    res.resume();
    throw fail(`content type ${contentType} is not an article, feed or record file`);
  }
  const declared = Number(res.headers['content-length']);
  if (declared > opts.maxBytes) {
    res.resume();
    throw fail(`response of ${declared} bytes is over the ${opts.maxBytes}-byte limit`);
  }
  const body = await readCapped(decoded(res), opts.maxBytes, () => {
    res.destroy();
    return fail(`response is over the ${opts.maxBytes}-byte limit`);
  });
  const headers = headersOf(res);
  const charset = ct ? /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(ct)?.[1] ?? null : null;
  return { requestedUrl, url: finalUrl, status, contentType, charset, headers, body };
}

function headersOf(res: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  return headers;
}

/** A stored validator echoed back as a header value: control characters would make node throw. */
function oneLine(v: string): string {
  return v.replace(/[^\x20-\x7e]/g, '').slice(0, 1024);
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

async function readCapped(stream: Readable, maxBytes: number, tooBig: () => Error): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooBig();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

function withDeadline<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise((resolvePromise, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolvePromise, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
