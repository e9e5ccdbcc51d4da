/**
 * @module clean/html/read-html — one HTML page into a PageReading.
 * Steps: cap the size → parse → render the visible text → read metadata (JSON-LD, meta tags) →
 * headline → find the article's container → its lines become paragraphs, the rest boilerplate →
 * byline, outlet, language, address, wire credit → date clues.
 */
import type { RawArticle } from '../../../core/index.ts';
import type { CleanOptions } from '../defaults.ts';
import type { PageReading, Range } from '../reading.ts';
import { parseTree, textOf } from './parse-tree.ts';
import { renderText } from './render-text.ts';
import { findContainers, subtreeStats } from './score-content.ts';
import { selectBody } from './select-body.ts';
import { readMetaTags } from './meta-tags.ts';
import { readJsonLd } from './json-ld.ts';
import { chooseHeadline, locateHeadline } from './headline.ts';
import { canonicalUrl, metadataByline, outletName, pageLanguage, visibleByline } from './page-facts.ts';
import { findWireCredits } from './wire-credit.ts';
import { findDates } from './find-dates.ts';
import { dateLines } from './date-lines.ts';
import { bodyFromJsonLd } from './body-from-json-ld.ts';
import { defaultHtmlReaderOptions, type HtmlReaderOptions } from './defaults.ts';

export function readHtml(html: string, raw: RawArticle, opts: CleanOptions, htmlOpts: HtmlReaderOptions = defaultHtmlReaderOptions): PageReading {
  const truncated = html.length > htmlOpts.maxHtmlChars;
  const source = (truncated ? html.slice(0, htmlOpts.maxHtmlChars) : html).replace(/\u0000/g, '');
  const page = parseTree(source);
  const { text, segments } = renderText(page.root);
  const meta = readMetaTags(page);
  const ld = readJsonLd(page.byTag.get('script') ?? []);
  const outlet = outletName(ld, meta);

  const headline = chooseHeadline({
    ldHeadline: ld?.headline ?? null,
    ogTitle: meta.get('og:title') ?? meta.get('twitter:title'),
    docTitle: page.byTag.get('title')?.map(textOf).find((t) => t.trim()) ?? null,
    h1s: (page.byTag.get('h1') ?? []).map(textOf).filter((t) => t.trim()),
    site: outlet,
  });
  const titleRange = headline ? locateHeadline(text, segments, headline) : null;

  const stats = subtreeStats(page.all, segments);
  const exclude = new Set<number>(titleRange ? [titleRange.start] : []);
  const containers = findContainers(text, segments, page.all, stats, htmlOpts);
  let { paragraphs, boilerplate } = selectBody(text, segments, page.all, containers, stats, exclude, htmlOpts);
  const fromLd = ld?.articleBody ? bodyFromJsonLd(text, segments, ld.articleBody, exclude, htmlOpts) : null;
  if (fromLd && sharedChars(fromLd, paragraphs) < htmlOpts.minLdAgreement * sharedChars(fromLd, fromLd)) ({ paragraphs, boilerplate } = rebase(fromLd, paragraphs, boilerplate));
  if (truncated) {
    boilerplate.push({ range: { start: text.length, end: text.length }, reason: `page cut at ${htmlOpts.maxHtmlChars} of ${html.length} characters: the rest was not read` });
  }

  const lines = dateLines(segments, paragraphs, boilerplate, titleRange);
  const bylineLine = lines.find((l) => l.zone === 'byline' && visibleByline(text.slice(l.range.start, l.range.end)));
  const byline = metadataByline(ld, meta) ?? (bylineLine ? visibleByline(text.slice(bylineLine.range.start, bylineLine.range.end)) : null);
  const slice = (r: Range | undefined) => (r ? text.slice(r.start, r.end) : null);
  const language = pageLanguage(page, meta, ld);
  const url = canonicalUrl(meta, ld, raw.url);
  return {
    text,
    title: headline,
    titleRange,
    subtitle: subtitleOf(text, lines, paragraphs, meta.get('og:description') ?? meta.get('description') ?? ld?.description ?? null),
    byline,
    outlet,
    wire: findWireCredits(byline, slice(paragraphs[0]), slice(paragraphs[paragraphs.length - 1])),
    language,
    paragraphs,
    boilerplate,
    dateCandidates: findDates({
      page, meta, ld, url: raw.url ?? url, text, lines,
      // English pages write 03/04 month first (US habit, also common on UK sites' machine dates); others day first
      bounds: { minYear: htmlOpts.minDateYear, now: opts.now, dayFirst: language !== null && language !== 'en' },
    }),
    url,
    subheads: subheadsOf(segments, paragraphs),
  };
}

/** Body paragraphs set as headings (<h2>-<h6>): section titles inside the article. */
function subheadsOf(segments: { start: number; block: { tag: string } }[], paragraphs: Range[]): Range[] {
  const heading = new Set(segments.filter((s) => /^h[2-6]$/.test(s.block.tag)).map((s) => s.start));
  return paragraphs.filter((p) => heading.has(p.start));
}

/** Characters of the lines in `a` that `b` also holds. */
function sharedChars(a: Range[], b: Range[]): number {
  const inB = new Set(b.map((r) => r.start));
  return a.reduce((n, r) => n + (inB.has(r.start) ? r.end - r.start : 0), 0);
}

/** Take `chosen` as the body; every other line keeps the reason the scorer gave, or says it is not in the JSON-LD text. */
function rebase(chosen: Range[], paragraphs: Range[], boilerplate: { range: Range; reason: string }[]) {
  const inBody = new Set(chosen.map((r) => r.start));
  const out = boilerplate.filter((b) => !inBody.has(b.range.start));
  for (const p of paragraphs) if (!inBody.has(p.start)) out.push({ range: p, reason: 'not in the article text the page declares (JSON-LD articleBody)' });
  out.sort((a, b) => a.range.start - b.range.start);
  return { paragraphs: chosen, boilerplate: out };
}

/** A visible line before the body that the page's description repeats (the standfirst), or null. */
function subtitleOf(text: string, lines: ReturnType<typeof dateLines>, paragraphs: Range[], description: string | null): string | null {
  if (!description) return null;
  const d = description.replace(/\s+/g, ' ').trim().toLowerCase();
  const bodyStart = paragraphs[0]?.start ?? Infinity;
  for (const l of lines) {
    if (l.range.start >= bodyStart) break;
    const s = text.slice(l.range.start, l.range.end).replace(/\s+/g, ' ').trim();
    if (s.length > 20 && d.startsWith(s.toLowerCase().slice(0, 60))) return s;
  }
  return null;
}
