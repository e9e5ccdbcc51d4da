/** @module brief-view — what the renderers show: a story's brief with its cited passages numbered. */
import type { Article, Brief, Story, Span } from '../../core/index.ts';
import { sourceName } from '../../lib/source-name.ts';

export interface BriefViewInput {
  story: Story;
  brief: Brief;
  documents: Article[];
}

export interface Citation {
  /** 1-based, in order of first use. */
  n: number;
  source: string;
  url: string | null;
  quote: string;
  span: Span;
}

export interface BriefView {
  title: string;
  sentences: { text: string; refs: number[] }[];
  citations: Citation[];
}

/** Number the cited spans (a span cited twice keeps its number) and fetch their words. */
export function briefView(input: BriefViewInput): BriefView {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const index = new Map<string, Citation>();
  const sentences = input.brief.sentences.map((s) => ({
    text: s.text,
    refs: s.citations.flatMap((c) => {
      const doc = docs.get(c.documentId);
      if (!doc) return [];
      const key = `${c.documentId}:${c.start}:${c.end}`;
      let cit = index.get(key);
      if (!cit) {
        cit = { n: index.size + 1, source: sourceName(doc), url: doc.url, quote: doc.text.slice(c.start, c.end), span: c };
        index.set(key, cit);
      }
      return [cit.n];
    }),
  }));
  return { title: input.story.title, sentences, citations: [...index.values()] };
}
