/** @module stories/defaults — every tunable of the story clusterer, with what it controls and where it came from. */

export interface StoryOptions {
  /** The moment of analysis: dates later than this (plus `futureToleranceDays`) are not trusted. Null: no check. */
  now: Date | null;

  // — features —
  /** Extra weight of a headline word over a body word (headlines state the event). */
  titleWeight: number;
  /** Weight of a word of the URL's slug (a keyword headline editors write); 0 ignores URLs. */
  slugWeight: number;
  /** Weight of a name feature ("@reid") added beside the word itself, so names count more than common words. */
  nameWeight: number;
  /** Weight of a multi-word name phrase ("@tara reid"), a feature of its own beside its words. */
  phraseWeight: number;
  /** Weight of a year (1900–2099) written in the text: the year tells two similar events apart. */
  yearWeight: number;
  /** Pretend documents in the idf (none containing any feature): keeps the first few documents' weights sane. */
  priorDocs: number;
  /** Words kept per document (highest tf·idf first): bounds the cost of long articles. */
  maxDocTerms: number;
  /** Words outside the general stop list that say nothing about the event (reporting verbs, news filler). */
  extraStopwords: readonly string[];

  // — candidates —
  /** A document's strongest words used to look up candidate stories in the inverted index. */
  queryTerms: number;
  /** A story's strongest words entered in the inverted index. */
  indexTerms: number;
  /** A posting list longer than this marks a word too common to find candidates with; it is skipped. */
  maxPosting: number;
  /** Candidate stories scored per document (those sharing most index words with it). */
  maxCandidates: number;
  /** Joins between recomputing a story's core and index words, once it has 4× this many members. */
  refreshEvery: number;
  /** Stories compared in one merge check (those sharing most index words with the story checked). */
  maxMergeCandidates: number;
  /** Words kept in a story's centroid (highest weight first); bounds per-story memory. */
  maxCentroidTerms: number;

  // — decision —
  /** Join threshold (idf-weighted cosine × time factor) for a headline-sized document. Swept 0.04–0.30 on the headline stories first seen in the first half of the stream: 0.06–0.08 best; re-swept 0.06/0.07/0.08 with URL slugs and second looks: 0.07. */
  joinShort: number;
  /** Join threshold for a full article. Swept 0.10–0.50 on ECB+ topics 1–21 in four random orders: 0.16–0.20 best. Re-swept 0.12–0.24 after the relative split: 0.12–0.16 score up to 0.008 higher there but lower on topics 23–45, so 0.2 stays. */
  joinLong: number;
  /** Distinct words at or below which a document counts as headline-sized. */
  shortTerms: number;
  /** Distinct words at or above which a document counts as a full article (log-interpolated between). */
  longTerms: number;

  // — time —
  /** Days between a document and a story's interval before similarity starts to decay. News events run for days. */
  graceDays: number;
  /** Half-life in days of the similarity decay beyond the grace period. */
  halfLifeDays: number;
  /** A story whose last day is this many days behind the stream clock goes dormant (leaves the index). */
  dormantAfterDays: number;
  /** A story not joined for this many arrivals goes dormant (the only rule in undated streams). */
  dormantAfterDocs: number;
  /** Arrivals between sweeps for dormant stories (amortises the sweep). */
  sweepEvery: number;
  /** Recent dated documents whose median day is the stream clock (a lone wrong date cannot move it). */
  clockWindow: number;
  /** A date this many days from the stream clock is not trusted for time proximity or story dates. */
  suspectDays: number;
  /** Widest publication interval (undated documents with an earliest–latest range) still used as a time. */
  maxDateSpanDays: number;
  /** Days past `now` a date may lie (time zones, embargoes) before it is not trusted. */
  futureToleranceDays: number;

  // — maintenance —
  /** Centroid cosine at which two stories are merged. Swept 0.25–0.5 with joinLong on ECB+ topics 1–21: 0.35 best, no change on headlines. */
  mergeThreshold: number;
  /** A story is checked for merges when its size reaches 2, 4, 8, … and every this many joins. */
  mergeCheckEvery: number;
  /** Cosine between the two halves of a story below which it is split. 0.2 (clear drift only): 0.3–0.45 split real headline stories and fixed no ECB+ pair. */
  splitThreshold: number;
  /** Split also when the halves are less alike than this share of two arbitrary halves' likeness (0: off). */
  splitRatio: number;
  /** Mean words per kept member vector a story needs for the relative split test (full articles, not headlines). */
  splitRatioMinTerms: number;
  /** Two-means restarts in a split check, each seeded with another of the members least like the first. */
  splitSeeds: number;
  /** Smallest story considered for a split, and the smallest half kept as a story of its own. */
  splitMinSize: number;
  /** Smallest share of the kept members each half must hold for a split. */
  splitMinShare: number;
  /** Members of a story that must mention its main year before a merge with a story stating another year is refused (see story-years; 0: off). */
  yearConflictMembers: number;
  /** A join scoring below this multiple of the join threshold is refused when the story never mentions the report's lead name (see story-names; 1 or less: off). */
  nameConflictMargin: number;
  /** Feature weight a report's lead name needs (2: a headline mention or two body mentions). */
  nameConflictWeight: number;
  /** Distinct features a report needs for its lead name to be checked (an article; headlines have 5–15). */
  nameConflictMinTerms: number;
  /** Arrivals after which a newly opened story gets a second look (one look per entry). */
  recheckAfter: readonly number[];
  /** Largest story still given its second look (a story that grew has found its own words). */
  recheckMaxSize: number;
  /** Joins between split checks of one story. */
  splitCheckEvery: number;
  /** Member word vectors kept per active story for split checks: the first half of this, then the most recent. */
  memberSample: number;
  /** Strongest words kept in each sampled member vector. */
  memberTerms: number;

  // — view —
  /** Distinct member headlines kept per story as title candidates. */
  titleCandidates: number;
  /** Words and names shown as a story's top terms. */
  topTerms: number;
}

export const defaultStoryOptions: StoryOptions = {
  now: null,
  slugWeight: 1, // 0, 0.5, 1, 2 swept on the headline tune half: 1 best (+0.006 over 0)
  titleWeight: 2, // 1 and 3 swept on both tune halves: 2 within 0.005 of best on each
  nameWeight: 1.5, // 1 and 2.5 swept: both worse on ECB+ topics 1–21
  phraseWeight: 1.5, // 3 swept: no better
  yearWeight: 1.5, // 3–4 swept: within noise
  priorDocs: 100, // swept 0, 20, 100, 200: 100–200 best on both tune halves (+0.01 ECB+, +0.004 headlines over 0)
  maxDocTerms: 60, // articles median ~230 words; 60 keeps their core, costs flat
  extraStopwords: ['said', 'says', 'say', 'told', 'according', 'reported', 'report', 'news', 'new', 'one', 'two', 'mr', 'mrs', 'ms', 'year', 'time', 'people', 'first', 'last', 'read', 'more', 'update', 'updated', 'video', 'photo', 'photos'],
  queryTerms: 12, // swept 6, 12, 24: 6 lost 0.08 headline F1, 24 within 0.003 of 12 on both sets
  indexTerms: 32, // swept 16, 32, 64: 32 gained 0.015 on ECB+ topics 1–21 (candidate recall), 64 no more
  maxPosting: 400,
  maxCandidates: 24, // 24 and 64 gave identical clusterings on both eval sets
  refreshEvery: 4,
  maxMergeCandidates: 8,
  maxCentroidTerms: 200,
  joinShort: 0.07,
  joinLong: 0.2,
  shortTerms: 8,
  longTerms: 60,
  graceDays: 2,
  halfLifeDays: 3,
  dormantAfterDays: 10,
  dormantAfterDocs: 50_000,
  sweepEvery: 512,
  clockWindow: 31,
  suspectDays: 400,
  maxDateSpanDays: 7,
  futureToleranceDays: 2,
  mergeThreshold: 0.35,
  mergeCheckEvery: 4,
  splitThreshold: 0.2,
  splitRatio: 0.5, // 0, 0.4, 0.5, 0.6 swept on ECB+ topics 1–21: 0.5 best (+0.015 over 0); headlines unaffected
  splitRatioMinTerms: 20, // on principle: headlines keep 5–15 words, articles the full 24 (memberTerms)
  splitSeeds: 1, // 3 and 5 swept: within noise on both tune parts
  splitMinSize: 6,
  splitMinShare: 0.25,
  splitCheckEvery: 32,
  recheckAfter: [32, 256], // none, [16], [64], [256], [32, 256] swept: [32, 256] best on both tune parts
  recheckMaxSize: 3, // not swept: a story of a few members may still be a stray
  yearConflictMembers: 2, // not swept; 0 (off) vs 2 on ECB+ 1–21 in four orders: 0.911 / 0.910
  // Margin swept 1.3, 1.5, 1.7, 2 on ECB+ 1–21 in four orders: 1.5–1.7 best (0.910 → 0.912; topics 23–45 0.887 → 0.889);
  // weight 2 and 2.5 alike; checking the two leading names instead of one lost 0.004 on topics 23–45; refusing at any
  // score, or on second looks too, lost on two orders of four. Headlines 0.8615 → 0.8623 (min terms 20; 30–45: unchanged).
  nameConflictMargin: 1.5,
  nameConflictWeight: 2,
  nameConflictMinTerms: 20,
  memberSample: 64,
  memberTerms: 24,
  titleCandidates: 24,
  topTerms: 8,
};
