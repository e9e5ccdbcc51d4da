/** @module reuse/defaults — every tunable of the reuse stage, one options object. */
import agencyList from '../../../data/news-agencies.json' with { type: 'json' };

/** Lower-cased names and credit forms of the world's news agencies. */
function agencyNames(): string[] {
  return [...new Set((agencyList.agencies as { name: string; credits: string[] }[]).flatMap((a) => [a.name, ...a.credits]).map((x) => x.toLowerCase()))];
}

export interface ReuseOptions {
  /** Words per shingle for document fingerprints, candidate pairs and near-duplicates. */
  shingleSize: number;
  /** Words per seed k-gram inside alignment (short, so light rewording still leaves anchors). */
  seedSize: number;
  /** A shingle seen more than this many times in one document counts only this often (repeated text). */
  maxRepeats: number;
  /** A shingle shared by more documents than this is treated as boilerplate for candidate pairs. */
  maxDocFrequency: number;
  /** In a shingle's posting list, each document is paired with at most this many next ones (keeps common phrases linear). */
  pairWindow: number;
  /** Distinct shared shingles needed before two documents are aligned at all. */
  minSharedShingles: number;
  /** MinHash slots per signature (bands × rows). */
  minhashSize: number;
  /** LSH bands; rows per band = minhashSize / lshBands. */
  lshBands: number;
  /** Exact shingle Jaccard at or above which two documents are near-duplicates. */
  nearDuplicateThreshold: number;
  /** Largest gap (words, on either side) bridged inside one passage: an inserted sentence or a reworded phrase. */
  maxGap: number;
  /** Fewest matched words in a reported passage. */
  minPassageWords: number;
  /** Lowest similarity (matched words / mean passage length) of a reported passage. */
  minSimilarity: number;
  /** Longest exact run (words) a passage must contain: stock phrases alone ("the United States said on") are not reuse. */
  minAnchorRun: number;
  /** A passage overlapping a better one by more than this share of its words (on either side) is dropped. */
  maxOverlap: number;
  /** Most passages reported for one pair of documents. */
  maxPassagesPerPair: number;
  /** Aligned words (in the smaller document) needed for two documents to join one provenance group. */
  groupMinWords: number;
  /** Share of each document's body (so of the larger one) that must be aligned for the two to join one provenance group. */
  groupMinShare: number;
  /** Evidence score needed before a direction is stated (below it: "unknown"). */
  directionMinScore: number;
  /** Weight of containment asymmetry (the copy is the more contained) in the direction score. */
  containmentWeight: number;
  /** Agency names (lower case) an outlet may be; a document published by one is the original of its copies. */
  agencies: string[];
}

export const defaultReuseOptions: ReuseOptions = {
  shingleSize: 4, // 4-word shingles: specific enough to skip stock phrases; calibrated on eval/reuse (3 doubled candidates, 5 lost reworded copies)
  seedSize: 3, // 3-word seeds survive a substitution every ~4 words; eval/reuse passage recall
  maxRepeats: 4, // a sentence repeated 10,000 times still yields at most 4 positions per shingle
  maxDocFrequency: 200, // wire stories run by up to ~100 outlets still pair up; above that it is boilerplate
  pairWindow: 24, // stories re-run by up to 24 outlets get every pair; larger groups are linked through their neighbours
  minSharedShingles: 3, // eval/reuse: 2 let same-topic distractors through, 4 lost one-sentence reuse
  minhashSize: 64, // 64 slots: Jaccard estimate ±0.06; cost linear in this
  lshBands: 16, // 16×4: pairs at Jaccard 0.5 are candidates with p≈0.64, at 0.7 with p≈0.998; verified exactly after
  nearDuplicateThreshold: 0.85, // exact 4-shingle Jaccard; eval/reuse near-verbatim copies sit ≥0.9, rewrites (trimmed, sentences inserted) ≤0.82
  maxGap: 30, // one news sentence (~25 words) inserted into a copied paragraph is bridged
  minPassageWords: 12, // shorter shared runs are mostly quotes both outlets took from the same speaker
  minSimilarity: 0.5, // eval/reuse: copies with 20% of words swapped still pass; distractors stay below
  minAnchorRun: 6, // eval/reuse distractors on one topic share 3–5 word phrases, not 6
  maxOverlap: 0.5, // repeated text aligns once, not once per repeat
  maxPassagesPerPair: 200, // bounds output for pathological inputs (a document that repeats itself)
  groupMinWords: 40, // about two sentences of shared text
  groupMinShare: 0.15, // a background paragraph reused in a different story does not make one source of it
  directionMinScore: 0.5, // swept 0.05–0.5 on eval/reuse: 0.5 best direction accuracy (0.94, precision 0.985); lower guesses more and errs more
  containmentWeight: 4, // swept 1.5/2.5/4 on eval/reuse seeds 2 and 7: 4 best (direction accuracy 0.90/0.96); a containment gap of 1/8 alone decides
  agencies: agencyNames(), // data/news-agencies.json: every agency's name and credit forms
};
