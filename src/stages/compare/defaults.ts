/** @module compare/defaults — compare's tunables, each with what it controls and what it was calibrated on. */

export interface CompareOptions {
  /** Claims of two documents are the same claim at or above this similarity (swept 0.18–0.34 on the eval/compare groups: 0.22 best F1 with the rare-key rule). */
  alignThreshold: number;
  /** Claims must share at least this many rare keys (words, entities, numbers) to align at all (0–2 swept; 2 cut topic-word matches). */
  minRareShared: number;
  /** A key is rare when at most this share of the story's claims hold it (topic words like the main name are not; 0.05–0.2 swept, 0.1 best). */
  rareShare: number;
  /** Similarity added when both claims open their documents, which then need no rare key (ledes restate the core event in the story's topic words; 0–0.15 swept: 0.1 adds one agreement on the groups). */
  ledeBonus: number;
  /** How many opening claims of a document count as its lede (0: no lede rule). */
  ledeClaims: number;
  /** Two claims are about the same thing (enough to compare their numbers) at or above this similarity (0.12–0.2 swept: 0.15 found the jury-minutes conflict at 0.19, no new false ones). */
  topicThreshold: number;
  /** A claim needs at least this many content words to stand on its own (shorter lines are headings or fragments). */
  minClaimWords: number;
  /** Clauses shorter than this many words stay with their neighbour when a sentence is split into claims. */
  minClauseWords: number;
  /** A unique claim must carry at least this many content words (filters asides such as "He declined to comment."). */
  minUniqueWords: number;
  /** Two quotes are the same quote when this share of the shorter one's content words occur in the other. */
  sameQuoteOverlap: number;
  /** Quotes shorter than this many words are too short to compare wording or attribution. */
  minQuoteWords: number;
  /** A hedged number ("about 450") covers this relative margin around its value. */
  approximateMargin: number;
  /** A stated date this many days away from the story's other dates contradicts the story. */
  contradictoryDateDays: number;
  /** At most this many unique claims are listed per source (provenance group), most informative first. */
  maxUniquePerDocument: number;
}

export const defaultCompareOptions: CompareOptions = {
  alignThreshold: 0.22,
  topicThreshold: 0.15,
  minRareShared: 2,
  rareShare: 0.1,
  ledeBonus: 0.1,
  ledeClaims: 2,
  minClaimWords: 3,
  minClauseWords: 5,
  minUniqueWords: 5,
  sameQuoteOverlap: 0.6,
  minQuoteWords: 4,
  approximateMargin: 0.1,
  contradictoryDateDays: 365,
  maxUniquePerDocument: 8,
};
