/**
 * @module bench/reuse-sources — real article text read at run time from ../shared/eval (never stored in the repo):
 * extraction bodies and ECB+ articles, as paragraphs of sentences tagged with where each sentence came from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/lib/text/sentences.ts';

/** A sentence and its origin (`source#index`): two sentences with one origin are the same text, reused. */
export interface Sentence { text: string; origin: string }
export interface SourceArticle { key: string; topic: string; paragraphs: Sentence[][] }

function toParagraphs(key: string, blocks: string[]): Sentence[][] {
  let n = 0;
  return blocks.map((block) => splitSentences(block).map((s) => ({ text: block.slice(s.start, s.end), origin: `${key}#${n++}` })))
    .filter((p) => p.length > 0);
}

/** Extraction-benchmark bodies (paragraphs split at line breaks); topic = the multi-source group when listed, else the page. */
export function extractionArticles(evalDir: string, groups: string[][]): SourceArticle[] {
  const truth = JSON.parse(readFileSync(join(evalDir, 'extraction', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(truth).map(([id, v]) => {
    const key = `x:${id.slice(0, 8)}`;
    const group = groups.findIndex((g) => g.includes(id.slice(0, 8)));
    const blocks = v.articleBody.split('\n').map((b) => b.trim()).filter(Boolean);
    return { key, topic: group >= 0 ? `xg${group}` : key, paragraphs: toParagraphs(key, blocks) };
  });
}

/** ECB+ articles (one sentence a line, paired into paragraphs); topic = the ECB+ topic number. */
export function ecbArticles(evalDir: string): SourceArticle[] {
  const lines = readFileSync(join(evalDir, 'ecbplus', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => {
    const r = JSON.parse(l) as { id: string; text: string; story: string };
    const sent = r.text.split('\n').map((s) => s.trim()).filter((s) => s.split(' ').length >= 4);
    const blocks: string[] = [];
    for (let i = 0; i < sent.length; i += 2) blocks.push(sent.slice(i, i + 2).join(' '));
    return { key: `e:${r.id}`, topic: `e${r.story.replace('+', '')}`, paragraphs: toParagraphs(`e:${r.id}`, blocks) };
  });
}

/** Word 8-grams of an article: two articles sharing one already share text, so they cannot serve as unrelated distractors. */
export function eightGrams(a: SourceArticle): Set<string> {
  const words = a.paragraphs.flat().map((s) => s.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '));
  return out;
}
