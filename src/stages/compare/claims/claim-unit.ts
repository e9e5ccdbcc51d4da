/** @module claim-unit — one atomic claim of one document, with its slots and evidence span. */
import type { Span, Quote } from '../../../core/index.ts';

/** A number stated in a claim, with the interval its hedging allows ("less than 10" → [0, 10)). */
export interface NumberSlot {
  value: number;
  unit: string | null;
  what: string;
  span: Span;
  /** Inclusive lower and upper bound implied by the wording. */
  low: number;
  high: number;
  /** The number as written, with its hedge ("nearly $449,000"). */
  written: string;
}

export interface DateSlot {
  value: string | null;
  earliest: string | null;
  latest: string | null;
  text: string;
  span: Span;
}

export interface ClaimUnit {
  /** Unique within one comparison: document index and claim index. */
  key: string;
  documentId: string;
  /** Reading-order position of the claim within its document (0 = lede). */
  position: number;
  span: Span;
  text: string;
  /** Stems of the claim's content words, each once. */
  terms: Set<string>;
  /** Ids of entities mentioned in the claim. */
  entityIds: string[];
  /** Terms and entities of what the claim states, leaving out its attribution ("according to X"); absent when it has none. */
  keyTerms?: Set<string>;
  keyEntityIds?: string[];
  numbers: NumberSlot[];
  dates: DateSlot[];
  quotes: Quote[];
  /** Who acts: the first entity mentioned before the verb, if any. */
  actor: string | null;
  /** The main verb, stemmed ("veto" for "vetoed"). */
  action: string | null;
  /** The word as written for the action, with its span. */
  actionSpan: Span | null;
  /** What the action is done to: the first entity after the verb, else the words after it up to a comma or preposition. */
  object: string | null;
  /** Who the claim is attributed to (speaker of a quote inside it), if anyone. */
  attribution: string | null;
  /** The first place or country mentioned after "in"/"at", if any. */
  place: string | null;
}
