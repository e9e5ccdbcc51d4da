/**
 * @module eval/dates — `npm run eval:dates`: publication-day accuracy on the htmldate evaluation pages
 * (../shared/eval/dates: gzip HTML in many languages and encodings), through the real clean()
 * (Article.published.date). A page with no date counts as wrong. Beside it, a naive peer: the
 * first date-looking <meta> value on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from '../src/stages/clean/index.ts';
import type { RawArticle } from '../src/core/index.ts';
import { decodeHtmlBytes } from '../src/stages/clean/html/decode-html-bytes.ts';
import { evalSet } from './lib/eval-dir.ts';

interface DatePage { file: string; url: string; date: string; set: string; html: string }

function loadPages(dir: string, quick = false): DatePage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; date: string; set: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .filter((_, i) => !quick || i % 3 === 0)
    .map(([file, t]) => ({ file, ...t, html: decodeHtmlBytes(gunzipSync(readFileSync(join(dir, 'html', file)))) }));
}

/** Synoptic's publication day for a page. */
export function synopticDate(p: { url: string; html: string }, now: Date): string | null {
  const raw: RawArticle = { path: p.url, format: 'html', sourceId: null, url: p.url, title: null, text: null, html: p.html, published: null, outlet: null, meta: {} };
  return clean(raw, { now }).published.date;
}

/** The naive peer: the first <meta> whose name mentions a date and whose value starts with YYYY-MM-DD. */
export function firstMetaDate(html: string): string | null {
  for (const m of html.matchAll(/<meta\s[^>]*>/gi)) {
    const tag = m[0];
    if (!/(?:name|property|itemprop)\s*=\s*["'][^"']*(?:date|time|publish)/i.test(tag)) continue;
    const v = /content\s*=\s*["']\s*(\d{4}-\d{2}-\d{2})/i.exec(tag);
    if (v) return v[1]!;
  }
  return null;
}

export async function evaluate(opts: { quick?: boolean } = {}): Promise<Record<string, number> | null> {
  const dir = evalSet('dates');
  if (!dir) return null;
  const pages = loadPages(dir, opts.quick);
  const now = new Date();
  let ours = 0, peer = 0, none = 0;
  const bySet = new Map<string, [number, number]>();
  for (const p of pages) {
    const d = synopticDate(p, now);
    if (d === null) none++;
    const ok = d === p.date;
    if (ok) ours++;
    if (firstMetaDate(p.html) === p.date) peer++;
    const s = bySet.get(p.set) ?? [0, 0];
    s[0]++; if (ok) s[1]++;
    bySet.set(p.set, s);
  }
  const figures: Record<string, number> = { accuracy: ours / pages.length, undated: none / pages.length, 'first-meta.accuracy': peer / pages.length };
  for (const [set, [n, ok]] of bySet) figures[`accuracy.${set}`] = ok / n;
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const figures = await evaluate({ quick });
  if (figures) {
    console.log(`publication-day accuracy, ${quick ? 'quick (every 3rd page)' : 'all'} pages of ../shared/eval/dates`);
    console.table(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, +v.toFixed(4)])));
  }
}
