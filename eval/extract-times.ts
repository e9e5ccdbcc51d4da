/**
 * @module eval/extract-times — time expressions on TempEval-3 (../shared/eval/times): the text is the TimeML
 * <TEXT> with tags removed, the document date its <DCT>. Extent P/R/F1 by any overlap; value accuracy over gold
 * DATE and TIME expressions (exact TimeML value of an overlapping prediction; a missed one counts wrong).
 * chrono-node used directly is measured beside it as the peer. Numbers and events are scored here too, against
 * the hand annotations in test/gold (see eval/extract-numbers-events.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import type { Article } from '../src/core/index.ts';
import { findTimes } from '../src/stages/extract/time/index.ts';
import { evalSet } from './lib/eval-dir.ts';
import { evaluateNumbersEvents } from './extract-numbers-events.ts';

interface Gold { start: number; end: number; type: string; value: string }
interface Doc { name: string; text: string; dct: string; gold: Gold[] }
interface Pred { start: number; end: number; value: string | null }

function tmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tmlFiles(p) : n.endsWith('.tml') ? [p] : [];
  });
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Strip tags from <TEXT>, keeping TIMEX3 offsets in the stripped text. */
export function readTml(name: string, xml: string): Doc | null {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1];
  if (!dct || body == null) return null;
  let text = '';
  const gold: Gold[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (!part.startsWith('<')) { text += unescape(part); continue; }
    const t = /^<TIMEX3\b([^>]*)>/.exec(part);
    if (t) open = { start: text.length, type: /type="(\w+)"/.exec(t[1]!)?.[1] ?? '', value: /value="([^"]*)"/.exec(t[1]!)?.[1] ?? '' };
    else if (part.startsWith('</TIMEX3') && open) { gold.push({ ...open, end: text.length }); open = null; }
  }
  return { name, text, dct, gold };
}

function articleOf(doc: Doc): Article {
  const id = doc.name;
  const paragraphs = [...doc.text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)]
    .map((m) => ({ documentId: id, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .filter((p) => doc.text.slice(p.start, p.end).trim());
  return {
    id, path: doc.name, url: null, sourceId: null, text: doc.text, title: null, subtitle: null, byline: null, outlet: null,
    wire: [], language: 'en', published: { date: doc.dct, earliest: doc.dct, latest: doc.dct, confidence: 1, basis: 'DCT' },
    rejectedDates: [], body: doc.text, boilerplate: [], wordCount: 0, titleSpan: null, paragraphs, format: 'text', meta: {},
  };
}

function chronoValue(r: chrono.ParsedResult): string {
  const c = r.start;
  const d = c.date();
  const p = (n: number) => String(n).padStart(2, '0');
  if (c.isCertain('day')) return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` + (c.isCertain('hour') ? `T${p(d.getHours())}:${p(d.getMinutes())}` : '');
  if (c.isCertain('month')) return `${d.getFullYear()}-${p(d.getMonth() + 1)}`;
  return `${d.getFullYear()}`;
}

function chronoPredict(doc: Doc): Pred[] {
  const ref = new Date(`${doc.dct}T12:00:00`);
  return chrono.parse(doc.text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r) }));
}

export interface TimeScores { precision: number; recall: number; f1: number; valueAccuracy: number; predicted: number; gold: number }

export function score(docs: Doc[], predict: (d: Doc) => Pred[]): TimeScores {
  let pred = 0, predHit = 0, gold = 0, goldHit = 0, valued = 0, valueOk = 0;
  for (const doc of docs) {
    const ps = predict(doc);
    pred += ps.length;
    predHit += ps.filter((p) => doc.gold.some((g) => p.start < g.end && g.start < p.end)).length;
    for (const g of doc.gold) {
      gold++;
      const over = ps.filter((p) => p.start < g.end && g.start < p.end);
      if (over.length) goldHit++;
      if (g.type === 'DATE' || g.type === 'TIME') {
        valued++;
        if (over.some((p) => p.value === g.value)) valueOk++;
      }
    }
  }
  const precision = pred ? predHit / pred : 0;
  const recall = gold ? goldHit / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, valueAccuracy: valued ? valueOk / valued : 0, predicted: pred, gold };
}

export function loadDocs(dir: string, quick = false): Doc[] {
  const files = tmlFiles(dir);
  return (quick ? files.filter((_, i) => i % 2 === 0) : files).flatMap((f) => readTml(f.slice(dir.length + 1), readFileSync(f, 'utf8')) ?? []);
}

export function synopticPredict(doc: Doc): Pred[] {
  return findTimes(articleOf(doc)).map((t) => ({ start: t.span.start, end: t.span.end, value: t.value }));
}

export async function evaluate(opts: { quick?: boolean } = {}): Promise<Record<string, number> | null> {
  const dir = evalSet('times');
  if (!dir) return null;
  const docs = loadDocs(dir, opts.quick);
  const ours = score(docs, synopticPredict);
  const gold = await evaluateNumbersEvents();
  return { extentP: ours.precision, extentR: ours.recall, extentF1: ours.f1, valueAccuracy: ours.valueAccuracy, ...(gold ?? {}) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = evalSet('times');
  if (dir) {
    const docs = loadDocs(dir, process.argv.includes('--quick'));
    const t0 = performance.now();
    const ours = score(docs, synopticPredict);
    const t1 = performance.now();
    const peer = score(docs, chronoPredict);
    const t2 = performance.now();
    const row = (s: TimeScores, ms: number) => ({ P: +s.precision.toFixed(3), R: +s.recall.toFixed(3), F1: +s.f1.toFixed(3), valueAcc: +s.valueAccuracy.toFixed(3), predicted: s.predicted, gold: s.gold, ms: Math.round(ms) });
    console.log(`TempEval-3 training documents: ${docs.length}`);
    console.table({ synoptic: row(ours, t1 - t0), 'chrono-node (direct)': row(peer, t2 - t1) });
    const gold = await evaluateNumbersEvents();
    if (gold) {
      console.log('Numbers and events against test/gold/extract-numbers-events.json (hand-annotated extraction pages):');
      console.table(Object.fromEntries(Object.entries(gold).map(([k, v]) => [k, +v.toFixed(3)])));
    }
  }
}
