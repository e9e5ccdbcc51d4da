/**
 * @module readers/sitemap — a sitemap or sitemap index: the pages it lists are fetched through the
 * Fetcher and read like any URL input; index entries are followed to a bounded depth, and the number
 * of sitemaps and pages read per input is capped (options maxSitemapDepth, maxSitemapFiles,
 * maxSitemapPages), so a hostile or huge index cannot run for ever. A page's news sitemap date
 * (`news:publication_date`) becomes its `published` (unless the page record carries one); `lastmod`
 * is a modification date, kept as a hint in `meta.lastModified` like a WARC's Last-Modified.
 */
import type { RawArticle } from '../../../core/index.ts';
import { InputError } from '../../../core/errors.ts';
import type { IngestOptions } from '../defaults.ts';
import type { Sink } from '../sink.ts';
import type { DocumentContext } from './document-context.ts';
import { parseSitemap, type SitemapEntry } from './sitemap-parse.ts';

/** Reads one fetched document into a sink: read-document's entry point, passed in to avoid an import cycle. */
export type ReadFetched = (bytes: Uint8Array, input: { path: string; url: string | null; transportCharset: string | null }, sink: Sink, opts: IngestOptions, budget: SitemapBudget) => Promise<void>;

/** What one sitemap input may still spend: shared by the index and every sitemap under it. */
export interface SitemapBudget {
  depth: number;
  files: number;
  pages: number;
  /** Page URLs already read through this input (a page listed twice is read once). */
  seen: Set<string>;
}

export function newSitemapBudget(opts: IngestOptions): SitemapBudget {
  return { depth: 0, files: opts.maxSitemapFiles, pages: opts.maxSitemapPages, seen: new Set() };
}

export async function readSitemap(xml: string, ctx: DocumentContext, sink: Sink, opts: IngestOptions, budget: SitemapBudget, readFetched: ReadFetched): Promise<void> {
  const map = parseSitemap(xml, ctx.url, opts.maxSitemapPages);
  if ('error' in map) return sink.problem(ctx.path, map.error);
  if (!map.entries.length) return sink.problem(ctx.path, `sitemap lists no http(s) ${map.kind === 'index' ? 'sitemaps' : 'pages'}${map.unusable ? ` (${map.unusable} entry(ies) without an http(s) <loc>)` : ''}`);
  const fetcher = opts.fetcher;
  if (!fetcher) return sink.problem(ctx.path, `sitemap lists ${map.entries.length} ${map.kind === 'index' ? 'sitemap(s)' : 'page(s)'}, but URLs cannot be read here: no fetcher configured`);
  const notes: string[] = [];
  if (map.unusable) notes.push(`${map.unusable} entry(ies) without an http(s) <loc> skipped`);
  if (map.kind === 'index') {
    if (budget.depth >= opts.maxSitemapDepth) return sink.problem(ctx.path, `sitemap index nested deeper than ${opts.maxSitemapDepth} level(s): not followed (option maxSitemapDepth)`);
    let unread = map.overLimit;
    for (const entry of map.entries) {
      if (budget.files <= 0) { unread++; continue; }
      budget.files--;
      const res = await fetchOrProblem(entry.loc, sink);
      if (!res) continue;
      budget.depth++;
      try {
        await readFetched(res.body, { path: entry.loc, url: res.url, transportCharset: res.charset }, sink, opts, budget);
      } finally { budget.depth--; }
    }
    if (unread) notes.push(`${unread} sitemap(s) not read: over the ${opts.maxSitemapFiles}-sitemap limit (option maxSitemapFiles)`);
  } else {
    let unread = map.overLimit;
    for (const entry of map.entries) {
      if (budget.seen.has(entry.loc)) continue;
      if (budget.pages <= 0) { unread++; continue; }
      budget.pages--;
      budget.seen.add(entry.loc);
      const res = await fetchOrProblem(entry.loc, sink);
      if (res) await readFetched(res.body, { path: entry.loc, url: res.url, transportCharset: res.charset }, withEntryFacts(sink, entry, ctx.path), opts, budget);
    }
    if (unread) notes.push(`${unread} page(s) not read: over the ${opts.maxSitemapPages}-page limit (option maxSitemapPages)`);
  }
  for (const note of notes) sink.problem(ctx.path, note);

  async function fetchOrProblem(url: string, into: Sink) {
    try {
      return await fetcher!.fetch(url);
    } catch (err) {
      into.problem(url, err instanceof InputError ? err.message : `download failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      return null;
    }
  }
}

/** A sink that adds what the sitemap said about a page to the records read from it. */
function withEntryFacts(sink: Sink, entry: SitemapEntry, sitemapPath: string): Sink {
  return {
    get counts() { return sink.counts; },
    problem: (path, error) => sink.problem(path, error),
    record(r: RawArticle) {
      const meta: Record<string, unknown> = { ...r.meta, sitemap: sitemapPath };
      if (entry.lastmod && meta.lastModified === undefined) meta.lastModified = entry.lastmod;
      sink.record({
        ...r,
        published: r.published ?? entry.newsDate,
        title: r.title ?? entry.newsTitle,
        outlet: r.outlet ?? entry.newsPublication,
        meta,
      });
    },
  };
}
