/** @module events/defaults — tunables of event finding, merging and date reconciliation. */

export interface EventOptions {
  /** An undated event happened within this many days before its document's date (news reports recent events). */
  undatedLagDays: number;
  /** A document reporting a dated event was written at most this many days after it (a weekday reference reaches back 6). */
  maxReportLagDays: number;
  /** Two actorless mentions in different documents are the same event when their sentences share this share of content words (Jaccard). */
  mergeWordOverlap: number;
  /** Longest span of candidate publication days examined when narrowing a document's date. */
  maxCandidateDays: number;
  /** Words after the trigger kept as the event's object in its summary. */
  objectWords: number;
}

export const defaultEventOptions: EventOptions = {
  undatedLagDays: 7,
  maxReportLagDays: 6,
  mergeWordOverlap: 0.2,
  maxCandidateDays: 400,
  objectWords: 10,
};
