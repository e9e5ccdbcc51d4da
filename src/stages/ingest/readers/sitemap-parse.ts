/**
 * @module readers/sitemap-parse — a sitemap (`<urlset>`) or sitemap index (`<sitemapindex>`) as a list
 * of entries, per sitemaps.org 0.9 and Google's news sitemap extension (`news:publication_date`,
 * `news:title`, `news:publication/news:name`). Namespace prefixes are ignored, so any prefix works.
 * Only absolute http(s) locations are kept (relative ones are resolved against the sitemap's own URL).
 */
import { XMLParser } from 'fast-xml-parser';
import { toIsoDate } from './published.ts';

export interface SitemapEntry {
  loc: string;
  /** <lastmod>, as ISO 8601 (a modification date: a hint, not the publication date). */
  lastmod: string | null;
  /** <news:publication_date>, as ISO 8601. */
  newsDate: string | null;
  newsTitle: string | null;
  newsPublication: string | null;
}

export type Sitemap =
  | { kind: 'urlset' | 'index'; entries: SitemapEntry[]; unusable: number; overLimit: number }
  | { error: string };

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/** Root elements that make an XML document a sitemap. */
export const SITEMAP_ROOTS = new Set(['urlset', 'sitemapindex']);

export function parseSitemap(xml: string, base: string | null, maxEntries: number): Sitemap {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    return { error: `malformed XML sitemap (${(err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 160)})` };
  }
  // An empty root parses as '' rather than an object.
  const isUrlset = 'urlset' in doc;
  if (!isUrlset && !('sitemapindex' in doc)) return { error: 'XML is not a sitemap (<urlset> or <sitemapindex>)' };
  const root = node(isUrlset ? doc.urlset : doc.sitemapindex) ?? {};
  const items = list(isUrlset ? root.url : root.sitemap);
  const entries: SitemapEntry[] = [];
  let unusable = 0;
  let overLimit = 0;
  for (const raw of items) {
    const item = node(raw);
    const loc = item ? absolute(text(item.loc), base) : null;
    if (!item || !loc) {
      unusable++;
      continue;
    }
    if (entries.length >= maxEntries) {
      overLimit++;
      continue;
    }
    const news = node(Array.isArray(item.news) ? item.news[0] : item.news);
    const lastmod = text(item.lastmod);
    const newsDate = news ? text(news.publication_date) : null;
    entries.push({
      loc,
      lastmod: lastmod ? toIsoDate(lastmod) : null,
      newsDate: newsDate ? toIsoDate(newsDate) : null,
      newsTitle: news ? text(news.title) : null,
      newsPublication: news ? text(node(news.publication)?.name) : null,
    });
  }
  return { kind: isUrlset ? 'urlset' : 'index', entries, unusable, overLimit };
}

function absolute(loc: string | null, base: string | null): string | null {
  if (!loc) return null;
  try {
    const url = base ? new URL(loc, base) : new URL(loc);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  const n = node(v);
  return n && typeof n['#text'] === 'string' ? n['#text'].trim() || null : null;
}

function node(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v];
}
