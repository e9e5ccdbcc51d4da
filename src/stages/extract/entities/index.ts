/** @module extract/entities — people, organisations, countries and places, merged across documents. */
import type { Article, Entity, Span } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { wordTokens, isCapitalized, lowerOf, type WordToken } from '../../../lib/text/word-tokens.ts';
import { defaultEntityOptions, type EntityOptions } from './defaults.ts';
import { findSegments, isAllCaps } from './find.ts';
import { COMMON_WORDS } from './gazetteer.ts';
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
  for (const r of regions(doc)) {
    let from = -1;
    for (const s of splitSentences(doc.text, r.start, r.end)) {
      // A "sentence" that is only an abbreviation ("F.C.", "A.") or a rank ("3.") opens the next one: read them together.
      if (s.end - s.start <= 8 && /^(?:(?:\p{L}\.){1,4}|\d{1,3}\.)$/u.test(doc.text.slice(s.start, s.end))) { if (from < 0) from = s.start; continue; }
      sentences.push(wordTokens(doc.text, from < 0 ? s.start : from, s.end));
      from = -1;
    }
    if (from >= 0) sentences.push(wordTokens(doc.text, from, r.end));
  }
  const lowerWords = new Set<string>();
  for (const toks of sentences) for (const t of toks) if (t.word && !isCapitalized(t.text)) lowerWords.add(t.text.toLowerCase());
  const titleWords = sentences.some(isAllCaps) ? titleWordsOf(sentences, lowerWords) : undefined;
  return sentences.flatMap((toks) => parseSentence(doc.text, toks, findSegments(toks, { lowerWords, titleWords, opts }), opts, lowerWords));
}

/** Words capitalised mid-sentence and never written in lower case: names a capitalised headline may repeat. */
function titleWordsOf(sentences: WordToken[][], lowerWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const toks of sentences) {
    if (isAllCaps(toks)) continue;
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || !isCapitalized(t.text) || t.text === t.text.toUpperCase()) continue;
      const w = lowerOf(t);
      if (!lowerWords.has(w) && !COMMON_WORDS.has(w)) out.add(w);
    }
  }
  return out;
}

/** Find entities in every document and merge them across documents (aliases, surnames, demonyms, capitals). */
export function resolveEntities(docs: Article[], options: Partial<EntityOptions> = {}): Entity[] {
  const opts = { ...defaultEntityOptions, ...options };
  const perDoc: DocMentions[] = docs.map((d) => ({ documentId: d.id, text: d.text, mentions: findMentions(d, opts) }));
  return resolveMentions(perDoc, opts);
}
