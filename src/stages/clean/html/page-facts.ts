/**
 * @module clean/html/page-facts — who wrote the page, for which outlet, in what language, at what
 * address: from JSON-LD, meta tags, <html lang>, <link rel=canonical>, and a visible "By ..." line.
 */
import type { ParsedPage } from './parse-tree.ts';
import type { MetaTags } from './meta-tags.ts';
import type { LdArticle } from './json-ld.ts';

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator'] as const;

/** A name without the comment counters and pipes themes glue to it. */
const tidyName = (s: string) => s.replace(/\s*\d+\s+comments?$/i, '').replace(/\s+/g, ' ').trim();

/** Names from metadata; URLs and @handles are not names. */
export function metadataByline(ld: LdArticle | null, meta: MetaTags): string | null {
  const fromLd = (ld?.authors ?? []).filter((a) => !/^https?:|^@/.test(a) && a.length < 80);
  if (fromLd.length) return [...new Set(fromLd.map(tidyName))].join(', ');
  for (const key of AUTHOR_META) {
    const v = meta.get(key);
    if (v && !/^https?:|^@|^\d+$/.test(v) && v.length < 120) return tidyName(v.replace(/^by\s+/i, ''));
  }
  return null;
}

/** A visible byline line: "By Jane Doe and John Roe", "Von Max Muster", "Por ...", "Par ...". */
export function visibleByline(line: string): string | null {
  const m = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+(\p{Lu}[^\n]{1,100})$/u.exec(line.trim());
  if (!m) return null;
  // cut what follows the names: "| Reuters", " - 11/18/19", ", updated 3 May", " on Monday"
  const who = m[1]!.split(/\s[|•·–—-]\s|,\s*(?=[\p{Ll}\d])|\s+(?:updated|published|on|am|le|el)\s/u)[0]!.trim();
  return who && who.split(/\s+/).length <= 12 ? who : null;
}

export function outletName(ld: LdArticle | null, meta: MetaTags): string | null {
  const names = [meta.get('og:site_name'), ld?.publisher, meta.get('application-name'), meta.get('al:ios:app_name')];
  return names.find((n): n is string => !!n && !/^https?:|^www\./i.test(n) && n.length < 100) ?? null;
}

/** Primary language subtag ("en", "de") from <html lang>, meta, og:locale or JSON-LD. */
export function pageLanguage(page: ParsedPage, meta: MetaTags, ld: LdArticle | null): string | null {
  const raw = page.byTag.get('html')?.[0]?.attrs.lang ?? page.byTag.get('html')?.[0]?.attrs['xml:lang']
    ?? meta.get('content-language') ?? meta.get('language') ?? meta.get('dc.language') ?? meta.get('og:locale') ?? ld?.inLanguage ?? null;
  const m = raw ? /^\s*([a-z]{2,3})(?=$|[-_\s,])/i.exec(raw) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The page's own statement of its address (canonical link, og:url, JSON-LD url), made absolute against `base`. */
export function canonicalUrl(meta: MetaTags, ld: LdArticle | null, base: string | null): string | null {
  for (const u of [meta.canonical, meta.get('og:url'), ld?.url]) {
    if (!u) continue;
    try {
      const abs = new URL(u, base ?? undefined);
      if (abs.protocol === 'http:' || abs.protocol === 'https:') return abs.href;
    } catch {
      // relative without a base, or malformed: try the next statement
    }
  }
  return null;
}
