/** @module ingest/defaults — ingest's tunables, each with what it controls and why it has this value. */
import type { Fetcher } from '../../core/ports/fetcher.ts';
import type { RawArticle } from '../../core/index.ts';

export interface IngestOptions {
  /** Largest text, HTML, JSON or feed file read whole into memory; larger ones are refused with a problem. */
  maxFileBytes: number;
  /** Largest WARC or JSONL file, read as a stream (one record in memory at a time). */
  maxStreamBytes: number;
  /** Largest single HTML payload inside a WARC, or single JSONL line; larger ones are skipped. */
  maxRecordBytes: number;
  /** Bytes read from the head of a file to recognise its format. */
  sniffBytes: number;
  /** A decoded text with more than this share of U+FFFD replacement characters is unreadable. */
  maxReplacementShare: number;
  /** A file with more than this share of control bytes (other than tab, newlines, form feed, escape) is binary. */
  maxControlShare: number;
  /** File names (lower-cased, without folder) skipped when walking a folder: project metadata, not articles. */
  skipNames: RegExp;
  /** Extensions skipped when walking a folder: page assets and code, never articles. */
  skipExtensions: string[];
  /** Sitemap indexes followed into at most this many levels of nested indexes. */
  maxSitemapDepth: number;
  /** Sitemaps fetched from indexes, per sitemap input. */
  maxSitemapFiles: number;
  /** Pages fetched from sitemaps, per sitemap input. */
  maxSitemapPages: number;
  /** Downloads http(s) inputs; without one a URL input becomes a problem. */
  fetcher: Fetcher | null;
  /** When set, each record is handed over as it is read and not kept in the result (for very large inputs). */
  onRecord: ((record: RawArticle) => void) | null;
}

export const defaultIngestOptions: IngestOptions = {
  // 20 MiB: the largest real news page seen in CC-NEWS is ~5 MB of HTML; a bigger "text" file is a dump or an accident.
  maxFileBytes: 20 * 1024 * 1024,
  // 8 GiB: a CC-NEWS WARC.gz is ~1 GB; streamed, so memory is bounded by maxRecordBytes, not by this.
  maxStreamBytes: 8 * 1024 * 1024 * 1024,
  // 8 MiB: above the largest article page in CC-NEWS samples (pages over it are galleries or feeds).
  maxRecordBytes: 8 * 1024 * 1024,
  // 64 KiB: holds the <head> of nearly every page (charset declarations sit in the first 1 KiB by the HTML spec).
  sniffBytes: 64 * 1024,
  // 2%: a stray bad byte or two in an article is tolerable; more means the encoding is wrong or the file is not text.
  maxReplacementShare: 0.02,
  // 10%: text in any encoding has almost no C0 controls; compressed or media data has ~12% (uniform bytes).
  maxControlShare: 0.1,
  skipNames: /^(readme|license|licence|changelog|changes|copying|authors|contributing|notice|makefile)(\.[a-z0-9]+)?$/,
  skipExtensions: ['css', 'js', 'mjs', 'cjs', 'ts', 'map', 'svg', 'woff', 'woff2', 'ttf', 'otf', 'eot', 'ico', 'lock', 'sqlite', 'db'],
  // 2: sites split a big index into yearly or sectional indexes at most once; deeper nesting is a trap or a loop.
  maxSitemapDepth: 2,
  // 50: a news site's index lists one sitemap per day or section; 50 covers weeks of a big outlet.
  maxSitemapFiles: 50,
  // 1000: a Google news sitemap holds at most 1,000 URLs (its own limit); one fetch each, so it bounds run time.
  maxSitemapPages: 1000,
  fetcher: null,
  onRecord: null,
};
