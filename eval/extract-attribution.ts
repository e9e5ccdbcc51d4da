/**
 * @module eval/extract-attribution — quote attribution on PolNeAR (../shared/eval/attribution/dev, BRAT standoff),
 * scored as ../shared/eval/README.md says: a gold relation is found when a reported quote covers at least half of
 * its Content; a reported quote is right when at least half of it lies in some gold Content; the speaker is right
 * when it shares a word of 3+ letters (not a function word) with the gold Source; pronoun sources are not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalSet } from './lib/eval-dir.ts';
import { articleFromText } from '../src/lib/article-from-text.ts';
import { ENGLISH_STOPWORDS } from '../src/lib/text/stopwords.ts';
import { resolveEntities } from '../src/stages/extract/entities/index.ts';
import { findQuotes, type QuoteOptions } from '../src/stages/extract/quotes/index.ts';

interface Gold { content: [number, number][]; source: string | null }

/** Attribution relations of one .ann file. */
function readAnn(ann: string): Gold[] {
  const spans = new Map<string, { type: string; ranges: [number, number][]; text: string }>();
  const out: Gold[] = [];
  for (const line of ann.split('\n')) {
    const [id, mid, text] = line.split('\t');
    if (id?.startsWith('T') && mid) {
      const [type, ...rest] = mid.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.split(' ').map(Number) as [number, number]);
      spans.set(id, { type: type!, ranges, text: text ?? '' });
    }
  }
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const args = Object.fromEntries((line.split('\t')[1] ?? '').split(' ').map((a) => a.split(':') as [string, string]));
    const content = args.Content ? spans.get(args.Content) : undefined;
    if (!content) continue;
    out.push({ content: content.ranges, source: args.Source ? spans.get(args.Source)?.text ?? null : null });
  }
  return out;
}

const len = (rs: [number, number][]) => rs.reduce((n, [a, b]) => n + b - a, 0);
const overlap = (s: number, e: number, rs: [number, number][]) => rs.reduce((n, [a, b]) => n + Math.max(0, Math.min(e, b) - Math.max(s, a)), 0);
const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them|his|their|its)$/i;
const keyWords = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !ENGLISH_STOPWORDS.has(w)));

export async function evaluate(opts: { quick?: boolean; quoteOptions?: Partial<QuoteOptions> } = {}): Promise<Record<string, number> | null> {
  const dir = evalSet('attribution');
  if (!dir) return null;
  const split = process.env.ATTRIBUTION_SPLIT ?? 'dev';
  let files = readdirSync(join(dir, split, 'text')).filter((f) => f.endsWith('.txt')).sort();
  if (opts.quick) files = files.slice(0, 40);
  let gold = 0, found = 0, reported = 0, right = 0, scored = 0, speakerRight = 0, words = 0;
  const t0 = performance.now();
  for (const f of files) {
    const text = readFileSync(join(dir, split, 'text', f), 'utf8');
    const rel = readAnn(readFileSync(join(dir, split, 'attributions', f.replace(/\.txt$/, '.ann')), 'utf8'));
    const doc = articleFromText(f, text);
    const quotes = findQuotes(doc, resolveEntities([doc]), opts.quoteOptions);
    words += doc.wordCount;
    gold += rel.length;
    reported += quotes.length;
    for (const q of quotes) if (rel.some((g) => overlap(q.span.start, q.span.end, g.content) * 2 >= q.span.end - q.span.start)) right++;
    for (const g of rel) {
      let best = null as (typeof quotes)[number] | null;
      let bestCover = 0;
      for (const q of quotes) {
        const c = overlap(q.span.start, q.span.end, g.content);
        if (c * 2 >= len(g.content) && c > bestCover) { best = q; bestCover = c; }
      }
      if (!best) continue;
      found++;
      if (!g.source || PRONOUN.test(g.source.trim())) continue;
      scored++;
      const gw = keyWords(g.source);
      if ([...keyWords(best.speaker ?? '')].some((w) => gw.has(w))) speakerRight++;
    }
  }
  const ms = performance.now() - t0;
  const precision = reported ? right / reported : 0;
  const recall = gold ? found / gold : 0;
  return {
    documents: files.length,
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speaker: scored ? speakerRight / scored : 0,
    speakerScored: scored,
    docsPerSecond: files.length / (ms / 1000),
    wordsPerSecond: words / (ms / 1000),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await evaluate({ quick: process.argv.includes('--quick') });
  if (figures) console.table(figures);
}
