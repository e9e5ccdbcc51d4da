/**
 * @module bench/reuse-synthetic — many synthetic documents for the reuse scale bench: words drawn by their frequency
 * in real article text (read at run time from ../shared/eval), so shingle statistics look like news; one document in
 * ten is an edited copy (words swapped, ending trimmed, a sentence inserted) of an earlier one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/index.ts';
import { rng } from './reuse-edits.ts';

/** Word list and cumulative frequencies from the extraction bodies. */
export function vocabulary(evalDir: string): { words: string[]; cumulative: Float64Array } {
  const truth = JSON.parse(readFileSync(join(evalDir, 'extraction', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const counts = new Map<string, number>();
  for (const v of Object.values(truth)) for (const w of v.articleBody.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.keys()];
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((w, i) => { total += counts.get(w)!; cumulative[i] = total; });
  for (let i = 0; i < cumulative.length; i++) cumulative[i]! /= total;
  return { words, cumulative };
}

function article(id: string, paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const spans = paragraphs.map((p) => { const s = { documentId: id, start: at, end: at + p.length }; at += p.length + 2; return s; });
  return {
    id, path: id, url: null, sourceId: null, text, title: null, subtitle: null, byline: null, outlet: null, wire: [], language: 'en',
    published: { date: null, earliest: null, latest: null, confidence: 0, basis: 'synthetic' }, rejectedDates: [], body: text,
    boilerplate: [], wordCount: 0, titleSpan: null, paragraphs: spans, format: 'text', meta: {},
  };
}

/** `n` documents of ~300–450 words; every tenth is a copy of a random earlier document. */
export function syntheticCorpus(n: number, vocab: ReturnType<typeof vocabulary>, seed = 1): Article[] {
  const rand = rng(seed);
  const word = () => {
    const x = rand();
    let lo = 0, hi = vocab.cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (vocab.cumulative[mid]! < x) lo = mid + 1; else hi = mid; }
    return vocab.words[lo]!;
  };
  const sentence = () => { const len = 10 + Math.floor(rand() * 16); const w = Array.from({ length: len }, word); return `${w[0]![0]!.toUpperCase()}${w.join(' ').slice(1)}.`; };
  const docs: Article[] = [];
  const paras: string[][] = [];
  for (let d = 0; d < n; d++) {
    let p: string[];
    if (d > 10 && d % 10 === 0) {
      const src = paras[Math.floor(rand() * d)]!;
      p = src.slice(0, Math.max(2, Math.ceil(src.length * (0.6 + rand() * 0.4))))
        .map((x) => x.replace(/[a-z]+/g, (w) => (rand() < 0.05 ? word() : w)));
      p.splice(Math.floor(rand() * p.length), 0, sentence());
    } else {
      p = Array.from({ length: 6 + Math.floor(rand() * 5) }, () => Array.from({ length: 2 + Math.floor(rand() * 2) }, sentence).join(' '));
    }
    paras.push(p);
    docs.push(article(`doc${d}`, p));
  }
  return docs;
}
