/** @module compare-context — what every finding step reads: documents, claims, their alignment and provenance. */
import type { Article, Extraction, ReuseResult } from '../../core/index.ts';
import type { CompareOptions } from './defaults.ts';
import type { ClaimUnit } from './claims/claim-unit.ts';
import type { Alignment } from './align/align-claims.ts';

export interface CompareContext {
  /** Documents compared (those in the story's main language). */
  documents: Article[];
  byId: Map<string, Article>;
  /** Document id → provenance group id. */
  groupOf: Map<string, string>;
  claims: ClaimUnit[];
  alignment: Alignment;
  extraction: Extraction;
  reuse: ReuseResult;
  opts: CompareOptions;
}
