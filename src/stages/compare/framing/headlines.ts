/** @module headlines — how each headline casts the story: who it puts first (subject) and what they do (verb). */
import type { Comparison, Article, Span } from '../../../core/index.ts';
import { tokenize } from '../../../lib/text/tokenize.ts';
import { findPredicate } from '../claims/find-predicate.ts';

type Framing = Comparison['framing'][number];

export interface HeadlineCast {
  documentId: string;
  subject: string;
  verb: string;
  span: Span | null;
}

/** Subject (the words before the verb) and verb of a document's headline, if it has one with a verb. */
export function castHeadline(doc: Article): HeadlineCast | null {
  const title = doc.titleSpan ? doc.text.slice(doc.titleSpan.start, doc.titleSpan.end) : doc.title;
  if (!title) return null;
  const tokens = tokenize(title);
  const at = findPredicate(tokens, true);
  if (at <= 0) return null;
  const verb = tokens[at]!;
  const subject = title.slice(tokens[0]!.start, tokens[at - 1]!.end);
  return { documentId: doc.id, subject, verb: verb.text, span: doc.titleSpan };
}

/** One framing entry comparing the headlines, when at least two documents have one. */
export function headlineFraming(docs: readonly Article[]): Framing[] {
  const casts = docs.map(castHeadline).filter((c): c is HeadlineCast => c !== null);
  if (casts.length < 2) return [];
  return [{
    concept: 'headline: subject and verb',
    variants: casts.map((c) => ({ text: `${c.subject} ${c.verb}`, evidence: c.span ? [c.span] : [] })),
  }];
}
