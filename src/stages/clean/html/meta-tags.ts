/**
 * @module clean/html/meta-tags — the page's <meta> values by lowercased name/property/itemprop/http-equiv,
 * first value kept, plus the <link rel=canonical>.
 */
import type { ParsedPage } from './parse-tree.ts';

export interface MetaTags {
  get(key: string): string | null;
  /** The first present key among `keys`, with its value. */
  first(keys: readonly string[]): { key: string; value: string } | null;
  /** Every (key, value) pair, in document order. */
  entries: [string, string][];
  canonical: string | null;
}

export function readMetaTags(page: ParsedPage): MetaTags {
  const map = new Map<string, string>();
  const entries: [string, string][] = [];
  for (const el of page.byTag.get('meta') ?? []) {
    const a = el.attrs;
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.trim().toLowerCase();
    const value = (a.content ?? a.datetime ?? a.value)?.trim();
    if (!key || !value) continue;
    entries.push([key, value]);
    if (!map.has(key)) map.set(key, value);
  }
  let canonical: string | null = null;
  for (const el of page.byTag.get('link') ?? []) {
    if (/(^|\s)canonical(\s|$)/i.test(el.attrs.rel ?? '') && el.attrs.href) { canonical = el.attrs.href.trim(); break; }
  }
  return {
    get: (k) => map.get(k) ?? null,
    first(keys) {
      for (const k of keys) { const v = map.get(k); if (v) return { key: k, value: v }; }
      return null;
    },
    entries,
    canonical,
  };
}
