/** @module content-id — content addresses for documents. */
import { createHash } from 'node:crypto';
import { normalizeForHash } from '../text/normalize.ts';

/** 16 hex characters of SHA-256 over the normalised text: the same article read twice gets the same id. */
export function contentId(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex').slice(0, 16);
}

/** A short stable id for any string key (entity, quote, story ids). */
export function shortHash(key: string, length = 12): string {
  return createHash('sha256').update(key).digest('hex').slice(0, length);
}
