/**
 * @module reading — what a format-specific reader (plain text or HTML) makes of one page, before the
 * shared steps (publication date choice, id, assembly) turn it into an Article.
 * All ranges are [start, end) offsets into `text`.
 */

export interface Range {
  start: number;
  end: number;
}

/** Where a candidate publication date came from; readers add what they see, pub-date/ chooses. */
export type DateSource =
  | 'record'        // supplied by the input record, feed item or HTTP headers
  | 'jsonld'        // JSON-LD datePublished / dateModified
  | 'meta'          // <meta> tags (article:published_time, og:, dc., parsely, sailthru ...)
  | 'time-element'  // <time datetime>
  | 'url'           // /2019/11/16/ in the URL
  | 'dateline'      // a dateline or timestamp line belonging to the article
  | 'byline'        // "Published 3:04 PM, Nov 16, 2019" near the byline
  | 'header'        // a date in the page's header/footer chrome (often the day it was viewed)
  | 'visible'       // any other date in visible text
  | 'relative';     // indirect: "on Thursday" next to events, bounding the date to an interval

export interface DateCandidate {
  /** YYYY-MM-DD, or a full ISO datetime; "YYYY-MM" or "YYYY" for a partial date (a URL's /2019/11/). */
  date: string;
  source: DateSource;
  /** published (the default) or modified/updated. */
  kind?: 'published' | 'modified';
  /** Where it stands in `text`, when it is visible there. */
  range?: Range | null;
  /** For source 'relative': the interval the date must lie in. */
  earliest?: string;
  latest?: string;
  /** Free words on why, carried into `published.basis` or a rejection reason. */
  note?: string;
}

/** What a line (block) of the page is, as the plain-text reader classified it. */
export type LineRole = 'headline' | 'subtitle' | 'subhead' | 'byline' | 'dateline' | 'lede' | 'body' | 'wire' | 'noise';

export interface ClassifiedLine {
  range: Range;
  role: LineRole;
  /** Why, for lines removed from the body. */
  reason?: string;
}

export interface PageReading {
  /** The document as read (plain text: the input exactly; HTML: visible text, blocks separated by newlines). */
  text: string;
  title: string | null;
  titleRange: Range | null;
  subtitle: string | null;
  byline: string | null;
  outlet: string | null;
  wire: string[];
  language: string | null;
  /** Body paragraphs in reading order. */
  paragraphs: Range[];
  /** Removed pieces with the reason for each. */
  boilerplate: { range: Range; reason: string }[];
  /** Best first: pub-date/ keeps the reader's order among the candidates it does not reject. */
  dateCandidates: DateCandidate[];
  /** Canonical URL when the page states one. */
  url: string | null;
  /** Body paragraphs that are section headings inside the article (a subset of `paragraphs`). */
  subheads?: Range[];
  /** Every block of the page with its role (plain-text reader; for tests and diagnostics). */
  lines?: ClassifiedLine[];
}
