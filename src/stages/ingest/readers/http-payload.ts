/**
 * @module http-payload — an archived HTTP body with its transfer and content encodings undone
 * (chunked; gzip, deflate, brotli), under a size cap. Done here with zlib rather than by the WARC
 * library's own inflater, which fuzzing showed can loop forever on damaged data.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** The decoded body, 'too-large' past the cap, or the reason it cannot be decoded. */
export function decodePayload(raw: Uint8Array, headers: { get(name: string): string | null }, cap: number): Uint8Array | 'too-large' | { error: string } {
  let body = raw;
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
    const joined = dechunk(raw);
    if (!joined) return { error: 'damaged chunked transfer encoding' };
    body = joined;
  }
  const enc = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (!enc || enc === 'identity') return body.length > cap ? 'too-large' : body;
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(body, { maxOutputLength: cap });
    if (enc === 'br') return brotliDecompressSync(body, { maxOutputLength: cap });
    if (enc === 'deflate') {
      try {
        return inflateSync(body, { maxOutputLength: cap });
      } catch {
        return inflateRawSync(body, { maxOutputLength: cap }); // servers often send raw deflate
      }
    }
  } catch (err) {
    return err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : { error: `damaged ${enc} content encoding` };
  }
  return { error: `unknown content encoding "${enc.slice(0, 20)}"` };
}

/** Chunked transfer encoding undone; null when the framing is broken. */
export function dechunk(raw: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let i = 0;
  while (i < raw.length) {
    const eol = raw.indexOf(0x0a, i);
    if (eol === -1 || eol - i > 64) return null;
    const size = parseInt(Buffer.from(raw.subarray(i, eol)).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) break;
    const start = eol + 1;
    if (start + size > raw.length) return null;
    parts.push(raw.subarray(start, start + size));
    i = start + size;
    if (raw[i] === 0x0d) i++;
    if (raw[i] === 0x0a) i++;
  }
  return Buffer.concat(parts);
}
