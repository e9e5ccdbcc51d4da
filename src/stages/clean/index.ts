/**
 * @module clean — a raw scraped article into a clean Article.
 * Steps: read the page (plain-text or HTML reader) → choose the publication date from the
 * candidates and the body's indirect evidence → language when the reader found none → content id →
 * Article with every range turned into a span.
 */
import type { RawArticle, Article } from '../../core/index.ts';
import { contentId } from '../../lib/hash/content-id.ts';
import { countWords } from '../../lib/text/count-words.ts';
import { resolveCleanOptions, type CleanOverrides } from './defaults.ts';
import type { PageReading } from './reading.ts';
import { readPlainText } from './text/index.ts';
import { readHtml } from './html/index.ts';
import { choosePublished } from './pub-date/index.ts';

export type { CleanOptions, CleanOverrides } from './defaults.ts';

export function clean(raw: RawArticle, options: CleanOverrides = {}): Article {
  const opts = resolveCleanOptions(options);
  const reading: PageReading = raw.text == null && raw.html != null
    ? readHtml(raw.html, raw, opts)
    : readPlainText(raw.text ?? raw.title ?? '', raw, opts);
  const id = contentId(reading.text);
  const sp = (r: { start: number; end: number }) => ({ documentId: id, start: r.start, end: r.end });
  const candidates = raw.published ? [{ date: raw.published, source: 'record' as const }, ...reading.dateCandidates] : reading.dateCandidates;
  const { published, rejected } = choosePublished(candidates, reading.text, opts, reading.paragraphs);
  const body = reading.paragraphs.map((r) => reading.text.slice(r.start, r.end)).join('\n\n');
  return {
    id,
    path: raw.path,
    url: raw.url ?? reading.url,
    sourceId: raw.sourceId,
    text: reading.text,
    title: reading.title ?? raw.title,
    subtitle: reading.subtitle,
    byline: reading.byline,
    outlet: raw.outlet ?? reading.outlet,
    wire: reading.wire,
    language: reading.language ?? opts.detectLanguage(body || reading.text),
    published,
    rejectedDates: rejected.map((r) => ({ date: r.date, span: sp(r.range), reason: r.reason })),
    body,
    boilerplate: reading.boilerplate.map((b) => ({ span: sp(b.range), reason: b.reason })),
    wordCount: countWords(body),
    titleSpan: reading.titleRange ? sp(reading.titleRange) : null,
    paragraphs: reading.paragraphs.map(sp),
    subheads: (reading.subheads ?? []).map(sp),
    format: raw.format,
    meta: raw.meta,
  };
}
