/** @module span — span helpers shared by every stage. */
import type { Span } from '../core/types/span.ts';

export function span(documentId: string, start: number, end: number): Span {
  return { documentId, start, end };
}

/** The cited words of a span. */
export function spanText(text: string, s: Pick<Span, 'start' | 'end'>): string {
  return text.slice(s.start, s.end);
}

/** Shrink a [start,end) range so it neither starts nor ends with white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

export function overlaps(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean {
  return a.start < b.end && b.start < a.end;
}
