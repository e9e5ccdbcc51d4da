/**
 * @module bench/extract — `node --import tsx bench/extract.ts`: documents per second through the whole extract
 * stage (entities, quotes, times, numbers, events) on real articles from ../shared/eval (ECB+ articles grouped
 * by their story, as the pipeline calls extract once per story), on one core. Beside it, per-stage timings and
 * chrono-node parsing the same texts (a time-only peer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import type { Article } from '../src/core/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { resolveEntities } from '../src/stages/extract/entities/index.ts';
import { findQuotes } from '../src/stages/extract/quotes/index.ts';
import { findTimes } from '../src/stages/extract/time/index.ts';
import { findNumbers } from '../src/stages/extract/numbers/index.ts';
import { buildEvents } from '../src/stages/extract/events/index.ts';
import { evalSet } from '../eval/lib/eval-dir.ts';

function article(id: string, text: string, published: string | null): Article {
  const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ documentId: id, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  return {
    id, path: id, url: null, sourceId: null, text, title: null, subtitle: null, byline: null, outlet: null, wire: [], language: 'en',
    published: { date: published, earliest: published, latest: published, confidence: published ? 1 : 0, basis: 'bench' },
    rejectedDates: [], body: text, boilerplate: [], wordCount: 0, titleSpan: null, paragraphs, format: 'text', meta: {},
  };
}

function stories(): Article[][] {
  const dir = evalSet('ecbplus');
  if (!dir) return [];
  const byStory = new Map<string, Article[]>();
  for (const line of readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; story: string };
    // ECB+ carries no dates: alternate dated and undated documents so date reconciliation runs too.
    const docs = byStory.get(r.story) ?? [];
    docs.push(article(String(r.id), r.text, docs.length % 2 ? null : '2014-06-12'));
    byStory.set(r.story, docs);
  }
  return [...byStory.values()];
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

const groups = stories();
if (groups.length) {
  const docs = groups.flat();
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  groups.forEach((g) => extract(g)); // warm up (JIT, regex compilation); the timed pass is the second
  const heap0 = process.memoryUsage().heapUsed;
  const [, total] = time(() => groups.forEach((g) => extract(g)));
  const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const stage: Record<string, number> = {};
  for (const g of groups) {
    const [entities, e] = time(() => resolveEntities(g));
    const [quotes, q] = time(() => g.flatMap((d) => findQuotes(d, entities)));
    const [times, t] = time(() => g.flatMap((d) => findTimes(d)));
    const [, n] = time(() => g.flatMap((d) => findNumbers(d)));
    const [, v] = time(() => buildEvents(g, { entities, times, quotes }));
    for (const [k, ms] of Object.entries({ entities: e, quotes: q, times: t, numbers: n, events: v })) stage[k] = (stage[k] ?? 0) + ms;
  }
  const [, chronoMs] = time(() => docs.forEach((d) => chrono.parse(d.text, new Date('2014-06-12T12:00:00'))));
  const row = (ms: number) => ({ 'docs/s': Math.round(docs.length / (ms / 1000)), 'ms/doc': +(ms / docs.length).toFixed(2) });
  console.log(`${docs.length} ECB+ articles in ${groups.length} stories, ${(chars / 1e6).toFixed(2)} M chars, one core; heap growth ${heap.toFixed(1)} MB`);
  console.table({
    'extract() whole stage': row(total),
    ...Object.fromEntries(Object.entries(stage).map(([k, ms]) => [`  ${k}`, row(ms)])),
    'chrono-node parse (time-only peer)': row(chronoMs),
  });
}
