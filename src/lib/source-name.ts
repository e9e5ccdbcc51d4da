/**
 * @module source-name — what a reader is told is a document's source: the outlet, else the web host,
 * else its headline ("the report “Storm closes port”"), else a readable file name. Never a
 * content hash or a generated id, which would tell a reader nothing.
 */
import type { Article } from '../core/index.ts';

type Named = Pick<Article, 'outlet' | 'url' | 'path' | 'title'>;

/** Most words of a headline used as a name; longer ones are cut with an ellipsis. */
const HEADLINE_WORDS = 8;

/** A generated name: a long hex or base-32/64 run (content addresses, UUIDs), or no letters at all. */
function looksGenerated(name: string): boolean {
  return /[0-9a-f]{12,}/i.test(name.replace(/-/g, '')) || /^[\p{N}\p{P}\s]*$/u.test(name) || /^[A-Za-z0-9_]{20,}$/.test(name);
}

function headlineName(title: string): string {
  const words = title.replace(/\s+/g, ' ').trim().split(' ');
  const shown = words.length > HEADLINE_WORDS ? words.slice(0, HEADLINE_WORDS).join(' ').replace(/[,;:.\u2013\u2014-]+$/, '') + '\u2026' : words.join(' ');
  return `the report \u201C${shown}\u201D`;
}

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The file name without its folder, extension or record number ("feeds/wire.jsonl#3" → "wire"). */
function fileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/#\d+$/, '').replace(/\.[a-z0-9]+$/i, '') || path;
}

export function sourceName(doc: Named): string {
  if (doc.outlet?.trim()) return doc.outlet.trim();
  const h = host(doc.url);
  if (h) return h;
  if (doc.title?.trim()) return headlineName(doc.title);
  const file = fileName(doc.path);
  return looksGenerated(file) ? 'an unnamed source' : file;
}
