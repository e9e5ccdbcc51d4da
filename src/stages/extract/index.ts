/**
 * @module extract — who said what, and when, over a set of documents (usually one story).
 * Order matters: entities first (quotes link speakers to them, events use them as actors),
 * then times (events are dated by them).
 */
import type { Article, Extraction } from '../../core/index.ts';
import { resolveEntities } from './entities/index.ts';
import { findQuotes } from './quotes/index.ts';
import { findTimes } from './time/index.ts';
import { findNumbers } from './numbers/index.ts';
import { buildEvents } from './events/index.ts';

export function extract(docs: Article[]): Extraction {
  const entities = resolveEntities(docs);
  const quotes = docs.flatMap((d) => findQuotes(d, entities));
  const times = docs.flatMap((d) => findTimes(d));
  const numbers = docs.flatMap((d) => findNumbers(d));
  const { events, publishedRefinements } = buildEvents(docs, { entities, times, quotes });
  // A document whose date other sources narrowed has its relative times read again against the narrower date.
  const resolved = docs.flatMap((d) => {
    const refined = publishedRefinements[d.id];
    return refined ? findTimes({ ...d, published: refined }) : times.filter((t) => t.span.documentId === d.id);
  });
  return { entities, quotes, numbers, times: resolved, events, publishedRefinements };
}
