/** @module extract/entities — people, organisations, countries and places, merged across documents. */
import type { Article, Entity, Span } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { wordTokens, isCapitalized, type WordToken } from '../../../lib/text/word-tokens.ts';
import { defaultEntityOptions, type EntityOptions } from './defaults.ts';
import { findSegments } from './find.ts';
import { parseSentence, type MentionCandidate } from './parse.ts';
import { resolveMentions, type DocMentions } from './resolve.ts';

export { defaultEntityOptions, type EntityOptions } from './defaults.ts';
export { surnameOf } from './resolve.ts';

/** The stretches of a document analysed: its headline (when in the text) and its body paragraphs. */
function regions(doc: Article): Pick<Span, 'start' | 'end'>[] {
  const paras = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
  const t = doc.titleSpan;
  return t && !paras.some((p) => p.start < t.end && t.start < p.end) ? [t, ...paras] : paras;
}

/** Typed mention candidates of one document, in text order. */
export function findMentions(doc: Article, opts: EntityOptions = defaultEntityOptions): MentionCandidate[] {
  const sentences: WordToken[][] = [];
  for (const r of regions(doc)) for (const s of splitSentences(doc.text, r.start, r.end)) sentences.push(wordTokens(doc.text, s.start, s.end));
  const lowerWords = new Set<string>();
  for (const toks of sentences) for (const t of toks) if (t.word && !isCapitalized(t.text)) lowerWords.add(t.text.toLowerCase());
  return sentences.flatMap((toks) => parseSentence(doc.text, toks, findSegments(toks, { lowerWords, opts }), opts, lowerWords));
}

/** Find entities in every document and merge them across documents (aliases, surnames, demonyms, capitals). */
export function resolveEntities(docs: Article[], options: Partial<EntityOptions> = {}): Entity[] {
  const opts = { ...defaultEntityOptions, ...options };
  const perDoc: DocMentions[] = docs.map((d) => ({ documentId: d.id, text: d.text, mentions: findMentions(d, opts) }));
  return resolveMentions(perDoc, opts);
}
