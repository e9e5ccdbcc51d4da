/** @module reuse/fingerprint — a document's compact signature: exact content hash, shingle set, MinHash sketch. */
import { shingleHashes, shingleSet } from '../../lib/hash/shingle.ts';
import { minhashSignature } from '../../lib/hash/minhash.ts';
import { mix32 } from '../../lib/hash/string-hash.ts';
import type { BodyTokens } from './body-tokens.ts';

export interface Fingerprint {
  /** Hash of the whole word sequence under spelling keys (white space, case and punctuation never count); 0 when empty. */
  exact: number;
  words: number;
  /** Body words (headline excluded). */
  bodyWords: number;
  /** Distinct word shingles, sorted. */
  shingles: Uint32Array;
  minhash: Uint32Array;
}

export function fingerprint(body: BodyTokens, shingleSize: number, salts: Uint32Array): Fingerprint {
  let exact = 0;
  if (body.keys.length) {
    exact = body.keys.length;
    for (const k of body.keys) exact = mix32(exact, k);
    exact = exact || 1;
  }
  const shingles = shingleSet(shingleHashes(body.keys, Math.min(shingleSize, Math.max(1, body.keys.length))));
  return { exact, words: body.keys.length, bodyWords: body.bodyWords, shingles, minhash: minhashSignature(shingles, salts) };
}
