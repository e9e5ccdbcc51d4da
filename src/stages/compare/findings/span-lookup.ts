/** @module span-lookup — "does this claim overlap any of these spans", indexed by document (a big story has thousands of each). */
import type { Span } from '../../../core/index.ts';
import { overlaps } from '../../../lib/span.ts';

/** A test for whether a span overlaps any of `spans`; only spans of its own document are looked at. */
export function overlapsAny(spans: readonly Span[]): (span: Span) => boolean {
  const byDoc = new Map<string, Span[]>();
  for (const s of spans) (byDoc.get(s.documentId) ?? byDoc.set(s.documentId, []).get(s.documentId)!).push(s);
  return (span) => byDoc.get(span.documentId)?.some((s) => overlaps(s, span)) ?? false;
}
