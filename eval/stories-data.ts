/** @module eval/stories-data — the labelled story sets of ../shared/eval as Article objects (read at run time, never copied). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/index.ts';
import { seededRandom } from '../src/lib/random/seeded-random.ts';

export interface Labelled {
  doc: Article;
  label: string;
}

function article(id: string, text: string, title: string | null, paragraphs: [number, number][], date: string | null, outlet: string | null, url: string | null = null): Article {
  const sp = ([start, end]: [number, number]) => ({ documentId: id, start, end });
  return {
    id, path: id, url, sourceId: id, text, title, subtitle: null, byline: null, outlet, wire: [], language: 'en',
    published: { date, earliest: date, latest: date, confidence: date ? 1 : 0, basis: date ? 'from record' : 'none' },
    rejectedDates: [], body: paragraphs.map((p) => text.slice(p[0], p[1])).join('\n\n'), boilerplate: [],
    wordCount: text.split(/\s+/).length, titleSpan: title ? sp([0, title.length]) : null, paragraphs: paragraphs.map(sp), format: 'jsonl', meta: {},
  };
}

/** The headline stream in arrival (timestamp) order: title only, dated by its timestamp. */
export function loadHeadlines(dir: string): Labelled[] {
  const rows = readFileSync(join(dir, 'headlines.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; title: string; url: string; publisher: string; story: string; timestamp: number });
  rows.sort((a, b) => a.timestamp - b.timestamp || (a.id < b.id ? -1 : 1));
  return rows.map((r) => ({
    doc: article('h' + r.id, r.title, r.title, [[0, r.title.length]], new Date(r.timestamp).toISOString().slice(0, 10), r.publisher.replace(/\\/g, ''), r.url),
    label: r.story,
  }));
}

/** Deterministic shuffle (mulberry32), so "random order" is the same order on every run. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** ECB+ articles, undated: the title line, then the body lines as paragraphs. */
export function loadEcb(dir: string): Labelled[] {
  return readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => {
    const r = JSON.parse(l) as { id: string; title: string; text: string; story: string };
    const text = r.title + '\n\n' + r.text;
    const paragraphs: [number, number][] = [];
    let at = r.title.length + 2;
    for (const line of r.text.split('\n')) {
      if (line.trim()) paragraphs.push([at, at + line.length]);
      at += line.length + 1;
    }
    return { doc: article('e' + r.id, text, r.title, paragraphs, null, null), label: r.story };
  });
}

/** The ECB+ topic number of a label ("13+" → 13). */
export const ecbTopic = (label: string) => Number.parseInt(label, 10);
