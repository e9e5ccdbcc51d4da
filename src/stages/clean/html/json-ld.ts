/**
 * @module clean/html/json-ld — the article described by a page's JSON-LD (schema.org NewsArticle and
 * kin, also inside @graph, arrays and mainEntity), read defensively: broken JSON is skipped.
 */
import type { El } from './parse-tree.ts';
import { textOf } from './parse-tree.ts';

export interface LdArticle {
  type: string;
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  dateModified: string | null;
  dateCreated: string | null;
  authors: string[];
  publisher: string | null;
  articleBody: string | null;
  inLanguage: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|NewsArticle|LiveBlog|Review/;
const PAGE_TYPE = /WebPage|VideoObject|Event|Recipe|CreativeWork/;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json)['@value'] ?? (v as Json).name);
  return null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  return list.map((x) => (typeof x === 'string' ? x.trim() : str((x as Json)?.name))).filter((x): x is string => !!x);
}

function typeOf(o: Json): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** Every object with a @type, breadth-first through arrays, @graph and nested values (bounded). */
function objects(root: unknown): Json[] {
  const out: Json[] = [];
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < 5000; i++) {
    const v = queue[i];
    if (Array.isArray(v)) { queue.push(...v); continue; }
    if (!v || typeof v !== 'object') continue;
    const o = v as Json;
    if (o['@type']) out.push(o);
    for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) if (o[k] && typeof o[k] === 'object') queue.push(o[k]);
  }
  return out;
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    try {
      // raw line breaks and tabs inside strings are the usual breakage
      const fixed = s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      try {
        return JSON.parse(fixed);
      } catch {
        // several objects written one after another
        return JSON.parse(`[${fixed.replace(/}\s*{/g, '},{')}]`);
      }
    } catch {
      return null;
    }
  }
}

/** The best article description among the page's JSON-LD scripts, or null. */
export function readJsonLd(scripts: El[]): LdArticle | null {
  let best: Json | null = null;
  let bestRank = 0;
  for (const s of scripts) {
    if (!/ld\+json/i.test(s.attrs.type ?? '')) continue;
    for (const o of objects(parseJson(textOf(s).replace(/^\s*<!--|-->\s*$/g, '')))) {
      const t = typeOf(o);
      const rank = ARTICLE_TYPE.test(t) ? 3 : PAGE_TYPE.test(t) && (o.datePublished || o.uploadDate) ? 2 : o.datePublished ? 1 : 0;
      if (rank > bestRank) { best = o; bestRank = rank; }
    }
  }
  if (!best) return null;
  const publisher = best.publisher as Json | undefined;
  const page = best.mainEntityOfPage as Json | string | undefined;
  return {
    type: typeOf(best),
    headline: str(best.headline) ?? str(best.name),
    description: str(best.description) ?? str(best.alternativeHeadline),
    datePublished: str(best.datePublished) ?? str(best.uploadDate),
    dateModified: str(best.dateModified),
    dateCreated: str(best.dateCreated),
    authors: names(best.author ?? best.creator),
    publisher: publisher ? str(publisher.name ?? publisher) : null,
    articleBody: str(best.articleBody) ?? str(best.text),
    inLanguage: str(best.inLanguage),
    url: str(best.url) ?? (typeof page === 'string' ? page : page ? str(page['@id']) : null),
  };
}
