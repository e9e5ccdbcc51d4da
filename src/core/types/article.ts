/**
 * @module article — what ingest reads (RawArticle) and what clean makes of it (Article).
 */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

/** How an input was recognised (by content, not only by extension). */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom' | 'warc' | 'url';

/** One article as an input carried it, before cleaning. At least one of text/html/title is set. */
export interface RawArticle {
  /** File path (with `#n` for the n-th record of a multi-record file) or URL. */
  path: string;
  format: InputFormat;
  /** The input record's own id, if it had one. */
  sourceId: string | null;
  url: string | null;
  /** Title supplied by the record (JSON, feed item); the page's own title is found by clean. */
  title: string | null;
  /** Plain text exactly as supplied (a text file, a JSON `text`/`body`). */
  text: string | null;
  /** Raw HTML, when the input is a page. */
  html: string | null;
  /** Publication date or datetime supplied by the record, feed or HTTP headers (ISO 8601). */
  published: string | null;
  outlet: string | null;
  /** Unknown record fields, kept. */
  meta: Record<string, unknown>;
}

export const PublishedSchema = z.object({
  /** Best single date, when the evidence supports one. */
  date: z.string().nullable(),
  /** The interval the date must lie in (equal to date when certain). */
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  basis: z.string(),
});
export type Published = z.infer<typeof PublishedSchema>;

export const RejectedDateSchema = z.object({ date: z.string(), span: SpanSchema, reason: z.string() });
export type RejectedDate = z.infer<typeof RejectedDateSchema>;

export const BoilerplateSchema = z.object({ span: SpanSchema, reason: z.string() });
export type Boilerplate = z.infer<typeof BoilerplateSchema>;

/** A cleaned document: the report's `documents[]` entry. */
export const ArticleSchema = z.object({
  /** Content address: hash of the normalised text. */
  id: z.string(),
  path: z.string(),
  url: z.string().nullable(),
  sourceId: z.string().nullable(),
  /** The document as read (see Spans in the report contract). */
  text: z.string(),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  outlet: z.string().nullable(),
  wire: z.array(z.string()),
  language: z.string(),
  published: PublishedSchema,
  rejectedDates: z.array(RejectedDateSchema),
  /** Cleaned article text, paragraphs joined by blank lines. */
  body: z.string(),
  boilerplate: z.array(BoilerplateSchema),
  wordCount: z.number().int().nonnegative(),
  /** Where the headline stands in `text` (null when it came from metadata only). */
  titleSpan: SpanSchema.nullable(),
  /** The body's paragraphs as spans into `text`, in reading order; `body` is their texts joined by "\n\n". */
  paragraphs: z.array(SpanSchema),
  /** Paragraphs that are section headings inside the body (a subset of `paragraphs`). */
  subheads: z.array(SpanSchema).optional(),
  format: z.string(),
  meta: z.record(z.string(), z.unknown()),
});
export type Article = z.infer<typeof ArticleSchema>;
