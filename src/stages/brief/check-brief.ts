/**
 * @module check-brief — does every sentence of a brief say only what its citations say?
 * Every content word and number of a sentence must occur in the texts it cites, in the template
 * vocabulary, or in the names of the cited documents' sources (the brief names outlets).
 */
import type { Article, Brief } from '../../core/index.ts';
import { unsupportedWords } from '../../lib/text/unsupported-words.ts';
import { tokenize } from '../../lib/text/tokenize.ts';
import { sourceLabel } from '../../lib/source-label.ts';
import { TEMPLATE_VOCABULARY } from './template-vocabulary.ts';

export interface SentenceCheck {
  text: string;
  /** Words found neither in the cited spans nor in the allowed vocabulary. */
  unsupported: string[];
  /** False when a citation points outside its document's text or the sentence cites nothing. */
  citationsValid: boolean;
}

/** The vocabulary a brief may use beyond its spans: the template words and the labels of the documents' sources. */
export function briefVocabulary(documents: readonly Article[]): Set<string> {
  const v = new Set(TEMPLATE_VOCABULARY);
  for (const d of documents) for (const t of tokenize(sourceLabel(d))) v.add(t.norm);
  return v;
}

export function checkBrief(brief: Brief, documents: readonly Article[]): SentenceCheck[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const vocabulary = briefVocabulary(documents);
  return brief.sentences.map((s) => {
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
