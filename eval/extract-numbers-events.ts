/**
 * @module eval/extract-numbers-events — numbers and events scored against hand annotations (test/gold/
 * extract-numbers-events.json: page ids, offsets and values, no text) of ~30 article bodies from
 * ../shared/eval/extraction. A number is found when a predicted one overlaps it with the same value; its
 * "what" is right when it shares a content word with the annotated phrase. An event mention is found when a
 * predicted event of the same type (or merge group: vote/veto, test/launch, statement/announcement) cites a span holding its trigger.
 * Precision is per cited sentence (eventsP) and per event (eventsPerEventP: an event is right when one of its sentences holds a gold trigger).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/index.ts';
import { findNumbers } from '../src/stages/extract/numbers/index.ts';
import { findTimes } from '../src/stages/extract/time/index.ts';
import { buildEvents } from '../src/stages/extract/events/index.ts';
import { groupOf } from '../src/stages/extract/events/lexicon.ts';
import { evalSet } from './lib/eval-dir.ts';

interface GoldNumber { start: number; end: number; value: number; unit: string | null; what: [number, number] | null }
interface GoldEvent { start: number; end: number; type: string }
interface GoldPage { id: string; numbers: GoldNumber[]; events: GoldEvent[] }

const GOLD = new URL('../test/gold/extract-numbers-events.json', import.meta.url);

export function articleFromBody(id: string, text: string): Article {
  const paragraphs = [...text.matchAll(/[^\n]+/g)]
    .map((m) => ({ documentId: id, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .filter((p) => text.slice(p.start, p.end).trim());
  return {
    id, path: id, url: null, sourceId: null, text, title: null, subtitle: null, byline: null, outlet: null, wire: [],
    language: 'en', published: { date: null, earliest: null, latest: null, confidence: 0, basis: 'eval' }, rejectedDates: [],
    body: text, boilerplate: [], wordCount: 0, titleSpan: null, paragraphs, format: 'text', meta: {},
  };
}

const words = (s: string) => new Set((s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !['the', 'and', 'of'].includes(w)));
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export async function evaluateNumbersEvents(): Promise<Record<string, number> | null> {
  const dir = evalSet('extraction');
  if (!dir) return null;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { pages: GoldPage[] };
  let nPred = 0, nPredOk = 0, nGold = 0, nGoldOk = 0, whatN = 0, whatOk = 0;
  let ePred = 0, ePredOk = 0, eGold = 0, eGoldOk = 0, evN = 0, evOk = 0;
  for (const page of gold.pages) {
    const text = truth[page.id]?.articleBody;
    if (text == null) continue;
    const doc = articleFromBody(page.id, text);
    const numbers = findNumbers(doc);
    const hit = (g: GoldNumber, n: (typeof numbers)[number]) => n.span.start < g.end && g.start < n.span.end && Math.abs(n.value - g.value) < 1e-6;
    nPred += numbers.length;
    nPredOk += numbers.filter((n) => page.numbers.some((g) => hit(g, n))).length;
    for (const g of page.numbers) {
      nGold++;
      const n = numbers.find((x) => hit(g, x));
      if (!n) continue;
      nGoldOk++;
      if (g.what) {
        whatN++;
        const gw = words(text.slice(g.what[0], g.what[1]));
        if ([...words(`${n.what} ${n.unit ?? ''}`)].some((w) => gw.has(w) || gw.has(w.replace(/s$/, '')) || gw.has(`${w}s`))) whatOk++;
      }
    }
    const { events } = buildEvents([doc], { entities: [], times: findTimes(doc), quotes: [] });
    const mentions = events.flatMap((e) => e.evidence.map((s) => ({ type: e.type, ...s })));
    ePred += mentions.length;
    const sameType = (a: string, b: string) => groupOf(a) === groupOf(b);
    ePredOk += mentions.filter((m) => page.events.some((g) => sameType(g.type, m.type) && m.start <= g.start && g.end <= m.end)).length;
    // Per event rather than per evidence sentence: the gold marks each happening once, not every sentence retelling it.
    evN += events.length;
    evOk += events.filter((e) => e.evidence.some((s) => page.events.some((g) => sameType(g.type, e.type) && s.start <= g.start && g.end <= s.end))).length;
    eGold += page.events.length;
    eGoldOk += page.events.filter((g) => mentions.some((m) => sameType(g.type, m.type) && m.start <= g.start && g.end <= m.end)).length;
  }
  const np = nPred ? nPredOk / nPred : 0, nr = nGold ? nGoldOk / nGold : 0;
  const ep = ePred ? ePredOk / ePred : 0, er = eGold ? eGoldOk / eGold : 0;
  return {
    numbersP: np, numbersR: nr, numbersF1: f1(np, nr), numbersWhatAcc: whatN ? whatOk / whatN : 0,
    eventsP: ep, eventsR: er, eventsF1: f1(ep, er), eventsPerEventP: evN ? evOk / evN : 0, goldNumbers: nGold, goldEvents: eGold,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await evaluateNumbersEvents();
  if (figures) console.table(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, +v.toFixed(3)])));
}
