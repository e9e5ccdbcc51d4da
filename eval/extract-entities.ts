/**
 * @module eval/extract-entities — named entities on CoNLL-2003 (../shared/eval/entities/valid.txt): tokens joined
 * by single spaces, sentences by newlines, one Article per document; exact span and type, with person→PER,
 * organization→ORG, country/place→LOC, other→MISC (../shared/eval/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalSet } from './lib/eval-dir.ts';
import { articleFromText } from '../src/lib/article-from-text.ts';
import { resolveEntities } from '../src/stages/extract/entities/index.ts';
import type { EntityType } from '../src/core/index.ts';

const TAG: Record<EntityType, string> = { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC', other: 'MISC' };
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

interface Doc { text: string; gold: Set<string> }

/** CoNLL columns → documents with their text and gold "start:end:TYPE" keys. */
function readConll(raw: string): Doc[] {
  const docs: Doc[] = [];
  let lines: string[] = [];
  let gold = new Set<string>();
  let sentence: string[] = [];
  let offset = 0;
  let open = null as { start: number; end: number; type: string } | null;
  const close = () => { if (open) gold.add(`${open.start}:${open.end}:${open.type}`); open = null; };
  const endSentence = () => {
    close();
    if (sentence.length) { lines.push(sentence.join(' ')); offset += sentence.join(' ').length + 1; }
    sentence = [];
  };
  const endDoc = () => {
    endSentence();
    if (lines.length) docs.push({ text: lines.join('\n'), gold });
    lines = []; gold = new Set(); offset = 0;
  };
  for (const line of raw.split('\n')) {
    if (line.startsWith('-DOCSTART-')) { endDoc(); continue; }
    if (!line.trim()) { endSentence(); continue; }
    const cols = line.split(' ');
    const token = cols[0]!;
    const tag = cols[cols.length - 1]!;
    const start = offset + sentence.reduce((n, t) => n + t.length + 1, 0);
    sentence.push(token);
    const type = tag === 'O' ? null : tag.slice(2);
    if (!type || tag.startsWith('B-') || open?.type !== type) close();
    if (type) open = open ? { ...open, end: start + token.length } : { start, end: start + token.length, type };
  }
  endDoc();
  return docs;
}

export async function evaluate(opts: { quick?: boolean } = {}): Promise<Record<string, number> | null> {
  const dir = evalSet('entities');
  if (!dir) return null;
  let docs = readConll(readFileSync(join(dir, 'valid.txt'), 'utf8'));
  if (opts.quick) docs = docs.slice(0, 80);
  const tp: Record<string, number> = {}, fp: Record<string, number> = {}, fn: Record<string, number> = {};
  for (const t of TYPES) { tp[t] = 0; fp[t] = 0; fn[t] = 0; }
  const t0 = performance.now();
  docs.forEach((d, i) => {
    const doc = articleFromText(`conll-${i}`, d.text);
    const predicted = new Set<string>();
    for (const e of resolveEntities([doc], { nationalities: true, keepUntyped: 'all' })) for (const m of e.mentions) predicted.add(`${m.start}:${m.end}:${TAG[e.type]}`);
    for (const k of predicted) (d.gold.has(k) ? tp : fp)[k.split(':')[2]!]!++;
    for (const k of d.gold) if (!predicted.has(k)) fn[k.split(':')[2]!]!++;
  });
  const ms = performance.now() - t0;
  const f1 = (a: number, b: number, c: number) => (a ? (2 * a) / (2 * a + b + c) : 0);
  const out: Record<string, number> = { documents: docs.length };
  for (const t of TYPES) out[`f1.${t}`] = f1(tp[t]!, fp[t]!, fn[t]!);
  const [A, B, C] = [TYPES.reduce((n, t) => n + tp[t]!, 0), TYPES.reduce((n, t) => n + fp[t]!, 0), TYPES.reduce((n, t) => n + fn[t]!, 0)];
  out.precision = A / (A + B);
  out.recall = A / (A + C);
  out.f1 = f1(A, B, C);
  out.docsPerSecond = docs.length / (ms / 1000);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await evaluate({ quick: process.argv.includes('--quick') });
  if (figures) console.table(figures);
}
