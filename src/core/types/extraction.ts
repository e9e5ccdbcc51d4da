/** @module extraction — what extract finds in a set of documents (usually one story). */
import type { Entity } from './entity.ts';
import type { Quote } from './quote.ts';
import type { NumberFact } from './number-fact.ts';
import type { TimeExpr } from './time-expr.ts';
import type { Event } from './event.ts';
import type { Published } from './article.ts';

export interface Extraction {
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberFact[];
  times: TimeExpr[];
  /** The story's events, merged across documents, in time order (the timeline). */
  events: Event[];
  /** Publication intervals narrowed by cross-document evidence (document id → new estimate). */
  publishedRefinements: Record<string, Published>;
}
