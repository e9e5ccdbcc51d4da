/** @module article-from-text — a minimal Article over plain text (one paragraph per non-empty line), for tests and evaluations. */
import type { Article } from '../core/types/article.ts';
import { trimRange } from './span.ts';

/** An Article whose `text` is `text` exactly and whose paragraphs are its non-empty lines. */
export function articleFromText(id: string, text: string): Article {
  const paragraphs: Article['paragraphs'] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const [s, e] = trimRange(text, pos, pos + line.length);
    if (e > s) paragraphs.push({ documentId: id, start: s, end: e });
    pos += line.length + 1;
  }
  return {
    id, path: id, url: null, sourceId: null, text, title: null, subtitle: null, byline: null, outlet: null, wire: [],
    language: 'en', published: { date: null, earliest: null, latest: null, confidence: 0, basis: 'none' },
    rejectedDates: [], body: paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n'), boilerplate: [],
    wordCount: text.split(/\s+/).filter(Boolean).length, titleSpan: null, paragraphs, format: 'text', meta: {},
  };
}
