/**
 * @module record-fields — one JSON record (a JSON file, an array element or a JSONL line) as a
 * RawArticle. Fields per the report contract: id, url, title, text (or body), html, published, outlet;
 * a few common aliases are accepted where the canonical field is absent; every other field is kept in meta.
 */
import type { InputFormat, RawArticle } from '../../../core/index.ts';
import { toIsoDate } from './published.ts';

/** Aliases seen in scraper output, tried in order after the canonical name. */
const FIELDS = {
  id: ['id', '_id', 'guid', 'uuid'],
  url: ['url', 'link', 'canonical_url', 'uri'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'maintext', 'article_text'],
  html: ['html', 'raw_html', 'page'],
  published: ['published', 'date_publish', 'published_at', 'publishedAt', 'datePublished', 'pubDate', 'date'],
  outlet: ['outlet', 'source_domain', 'site_name', 'publisher', 'source'],
} as const;

/** Starts with a tag and closes one: HTML, not prose that mentions a "<". */
const MARKUP = /^\s*<[a-z!][\s\S]*<\/[a-z][a-z0-9]*\s*>/i;

export type RecordResult = { record: RawArticle } | { error: string };

export function recordFromJson(value: unknown, path: string, format: InputFormat): RecordResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: `a record must be a JSON object, not ${describe(value)}` };
  const obj = value as Record<string, unknown>;
  const used = new Set<string>();
  const pick = (names: readonly string[], accept: (v: unknown) => boolean) => {
    for (const name of names) {
      if (obj[name] !== undefined && obj[name] !== null && accept(obj[name])) {
        used.add(name);
        return obj[name];
      }
    }
    return undefined;
  };
  const isString = (v: unknown) => typeof v === 'string';
  const isNonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  let text = pick(FIELDS.text, isString) as string | undefined;
  let html = pick(FIELDS.html, isNonEmpty) as string | undefined;
  // An alias such as `content` often carries markup: read it as HTML (never `text`/`body`, which are exact).
  if (text !== undefined && !html && !used.has('text') && !used.has('body') && MARKUP.test(text)) {
    html = text;
    text = undefined;
  }
  const title = pick(FIELDS.title, isNonEmpty) as string | undefined;
  for (const f of ['text', 'body'] as const) {
    if (obj[f] !== undefined && obj[f] !== null && typeof obj[f] !== 'string') return { error: `field "${f}" must be a string, not ${describe(obj[f])}` };
  }
  if ((text === undefined || text.trim() === '') && !html && !title) return { error: 'record has none of the fields text, body, html, title (or they are empty)' };
  const rawPublished = pick(FIELDS.published, (v) => typeof v === 'string' || typeof v === 'number');
  const published = rawPublished === undefined ? null : toIsoDate(rawPublished);
  const id = pick(FIELDS.id, (v) => typeof v === 'string' || typeof v === 'number');
  const url = (pick(FIELDS.url, isNonEmpty) as string | undefined) ?? null;
  const outlet = (pick(FIELDS.outlet, isNonEmpty) as string | undefined) ?? null;
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!used.has(k)) meta[k] = v;
  if (rawPublished !== undefined && published === null) meta.unparsedPublished = rawPublished;
  return {
    record: {
      path,
      format,
      sourceId: id === undefined ? null : String(id),
      url,
      title: title ?? null,
      text: text !== undefined && text.trim() !== '' ? text : null,
      html: html ?? null,
      published,
      outlet,
      meta,
    },
  };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
