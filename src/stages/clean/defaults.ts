/** @module clean/defaults — clean's tunables, each with what it controls. */
import type { DateSource } from './reading.ts';
import { detectLanguage } from './language/detect-language.ts';

/** How the plain-text reader tells prose, headlines, bylines and noise apart. */
export interface TextReaderOptions {
  /** A block with at least this many words that ends a sentence is prose (a body paragraph). */
  proseMinWords: number;
  /** A block this long is prose even without a closing full stop (a paragraph the scraper cut). */
  proseLongWords: number;
  /** Headlines have at least this many words (fewer: menu items, section names). */
  headlineMinWords: number;
  /** ... and at most this many. */
  headlineMaxWords: number;
  /** A subhead between body paragraphs has at most this many words. */
  subheadMaxWords: number;
  /** A byline ("By ...", "Name | Agency") has at most this many words. */
  bylineMaxWords: number;
  /** A credit or copyright line has at most this many words. */
  creditMaxWords: number;
  /** A cut-off copy must have at least this many words (shorter blocks repeat by chance). */
  cutCopyMinWords: number;
  /** Share of a block's words found, in order, at the start of a later block for it to be a cut copy of it. */
  cutCopyMinMatch: number;
}

/** How the publication date is chosen among candidates. */
export interface PubDateOptions {
  /** Confidence of a day-precision candidate by where it came from (before agreement between sources). */
  sourceConfidence: Record<DateSource, number>;
  /** A page-header date more than this many years after every year the body mentions is the scrape day. */
  headerMaxYearsAfterEvents: number;
  /** Machine metadata (JSON-LD, meta, URL, <time>) before this day is a placeholder, not a date. */
  minMetadataDate: string;
  /** Confidence of an interval drawn only from indirect evidence (years, "last year", a scrape-day bound). */
  indirectConfidence: number;
  /** Confidence when only an updated/modified date is known (publication is on or before it). */
  modifiedOnlyConfidence: number;
}

export interface CleanOptions {
  /** The moment of analysis: dates after it are impossible; a page date near it is likely the scrape date. */
  now: Date;
  text: TextReaderOptions;
  pubDate: PubDateOptions;
  /** Language of a document whose reader found none: ISO 639-1 or 'und'. */
  detectLanguage: (text: string) => string;
}

export const defaultTextReaderOptions: TextReaderOptions = {
  proseMinWords: 10, // news sentences run 15-30 words; headlines written as sentences (PolNeAR p90: 14) are promoted apart
  proseLongWords: 25, // longer than any headline: PolNeAR's 840 headlines run median 9, p99 19, max 22 words
  headlineMinWords: 3, // "World News", "Home", "Politics" are 1-2 words; "Fed holds rates" is 3
  headlineMaxWords: 30, // beyond this a block is a paragraph, whatever its punctuation (headlines: max 22 above)
  subheadMaxWords: 14, // subheads are short labels; a 15-word line without a full stop is a cut sentence
  bylineMaxWords: 12, // "By A, B and C | Reuters" fits; a sentence starting "By Thursday ..." seldom does
  creditMaxWords: 40, // "Reporting by ... in ...; Additional reporting by ...; Editing by ..." lines run long
  cutCopyMinWords: 8, // a repeated 5-word phrase is coincidence; an 8-word prefix is a copy
  cutCopyMinMatch: 0.85, // allows a word or two inserted in the full version ("vetoed" → "on Thursday vetoed")
};

export const defaultPubDateOptions: PubDateOptions = {
  sourceConfidence: {
    record: 0.9, // the input record's own field: usually the CMS publication time
    jsonld: 0.9, // datePublished: the most reliable page metadata (htmldate's ranking)
    meta: 0.85, // article:published_time and kin
    'time-element': 0.75, // <time datetime> may be any date on the page
    byline: 0.8, // "Published 3:04 PM, Nov 16, 2019" beside the author
    dateline: 0.8, // a timestamp or dateline of the article itself
    url: 0.7, // /2019/11/16/: the day the URL was minted, sometimes a day off
    header: 0.35, // a date in the page chrome: often the day the page was viewed
    visible: 0.3, // some date in the body: an event, not necessarily publication
    relative: 0.1, // indirect evidence only
  },
  headerMaxYearsAfterEvents: 2, // news mentions last year's events routinely; a header 3+ years on is the scrape day
  minMetadataDate: '1995-01-01', // htmldate's floor: no web news metadata predates it
  indirectConfidence: 0.1, // an interval is honest but rarely pins the day
  modifiedOnlyConfidence: 0.35, // an update date equals publication on many sites, not all
};

export const defaultCleanOptions: CleanOptions = {
  now: new Date(),
  text: defaultTextReaderOptions,
  pubDate: defaultPubDateOptions,
  detectLanguage: (text) => detectLanguage(text),
};

/** What callers pass: any option, the grouped ones in part. */
export type CleanOverrides = Partial<Omit<CleanOptions, 'text' | 'pubDate'>> & {
  text?: Partial<TextReaderOptions>;
  pubDate?: Partial<PubDateOptions>;
};

/** Merge partial options over the defaults, one level deep for the grouped ones. */
export function resolveCleanOptions(options: CleanOverrides = {}): CleanOptions {
  return {
    ...defaultCleanOptions,
    ...options,
    text: { ...defaultTextReaderOptions, ...options.text },
    pubDate: { ...defaultPubDateOptions, ...options.pubDate, sourceConfidence: { ...defaultPubDateOptions.sourceConfidence, ...options.pubDate?.sourceConfidence } },
  };
}
