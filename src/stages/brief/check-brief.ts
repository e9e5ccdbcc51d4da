/**
 * @module check-brief — does every sentence of a brief say only what its citations say?
 * Every content word and number of a sentence must occur in the texts it cites, in the template
 * vocabulary, or in the names of the sources of the documents it cites (the brief names outlets;
 * a sentence may name only sources it cites).
 */
import type { Article, Brief } from '../../core/index.ts';
import { unsupportedWords } from '../../lib/text/unsupported-words.ts';
import { tokenize } from '../../lib/text/tokenize.ts';
import { sourceName } from '../../lib/source-name.ts';
import { TEMPLATE_VOCABULARY } from './template-vocabulary.ts';

export interface SentenceCheck {
  text: string;
  /** Words found neither in the cited spans nor in the allowed vocabulary. */
  unsupported: string[];
  /** False when a citation points outside its document's text or the sentence cites nothing. */
  citationsValid: boolean;
}

/** The vocabulary a sentence may use beyond its spans: the template words and the names of the given documents' sources. */
export function briefVocabulary(documents: readonly Article[]): Set<string> {
  const v = new Set(TEMPLATE_VOCABULARY);
  for (const d of documents) for (const t of tokenize(sourceName(d))) v.add(t.norm);
  return v;
}

export function checkBrief(brief: Brief, documents: readonly Article[]): SentenceCheck[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return brief.sentences.map((s) => {
    const cited = [...new Set(s.citations.map((c) => c.documentId))].flatMap((id) => byId.get(id) ?? []);
    const vocabulary = briefVocabulary(cited);
    const texts: string[] = [];
    let valid = s.citations.length > 0;
    for (const c of s.citations) {
      const doc = byId.get(c.documentId);
      if (!doc || c.start < 0 || c.end > doc.text.length || c.start >= c.end) { valid = false; continue; }
      texts.push(doc.text.slice(c.start, c.end));
    }
    return { text: s.text, unsupported: unsupportedWords(s.text, texts, vocabulary), citationsValid: valid };
  });
}

/** Share of a brief's sentences fully supported by their citations (1 for an empty brief). */
export function supportedShare(checks: readonly SentenceCheck[]): number {
  if (checks.length === 0) return 1;
  return checks.filter((c) => c.citationsValid && c.unsupported.length === 0).length / checks.length;
}
