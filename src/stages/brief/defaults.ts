/** @module brief/defaults — the brief's tunables, each with what it controls. */

export interface BriefOptions {
  /** Most sentences in a brief (the task asks for 5–10). */
  maxSentences: number;
  /** Agreements stated at most, most independent sources first (the first says what happened; the rest fill what unique claims leave). */
  maxAgreements: number;
  /** Conflicts stated. */
  maxConflicts: number;
  /** Sentences of unique claims at most (one per source in turn, most informative first); they fill what the other parts leave. */
  maxUnique: number;
  /** Unique claims of one source stated in one sentence ("Only X reports: A; and B."). */
  uniquePerSentence: number;
  /** Words kept of each claim when several share a sentence. */
  maxWordsShared: number;
  /** Framing sentences stated (wording edits, headlines, voices); kept even when unique claims could fill the brief. */
  maxFraming: number;
  /** An extractive sentence longer than this many words is cut at a clause boundary. */
  maxWords: number;
}

export const defaultBriefOptions: BriefOptions = {
  maxSentences: 10,
  maxAgreements: 3,
  maxConflicts: 3,
  maxUnique: 5,
  uniquePerSentence: 2,
  maxWordsShared: 28,
  maxFraming: 1,
  maxWords: 40,
};
