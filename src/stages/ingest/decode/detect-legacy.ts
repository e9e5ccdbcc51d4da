/**
 * @module detect-legacy — guess the legacy (non-Unicode) encoding of bytes that are not UTF-8, with
 * chardet's byte statistics, keeping only encodings the built-in TextDecoder can decode.
 */
import { analyse } from 'chardet';
import { normalizeCharset } from './declared-charset.ts';

/** Encodings never guessed here: the caller has already ruled Unicode out. */
const UNICODE = /^utf-/;

/** The most likely legacy encoding (WHATWG name), or windows-1252 when nothing fits better. */
export function detectLegacyEncoding(bytes: Uint8Array, sampleBytes = 64 * 1024): string {
  const sample = bytes.length > sampleBytes ? bytes.subarray(0, sampleBytes) : bytes;
  for (const match of analyse(sample)) {
    const name = normalizeCharset(match.name);
    if (name && !UNICODE.test(name) && name !== 'replacement') return name;
  }
  // The web's default for undeclared 8-bit text (and a superset of Latin-1).
  return 'windows-1252';
}
