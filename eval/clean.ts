/**
 * @module eval/clean — `npm run eval:clean`: article-body extraction on the Scrapinghub/Zyte
 * article-extraction-benchmark pages (../shared/eval/extraction), scored as its evaluate.py does:
 * word 4-gram shingle multisets per page, tp/fp/fn normalised by their sum, precision and recall
 * averaged over pages, F1 from the two means. Synoptic (the real clean(), body = Article.body) and
 * Readability.js on linkedom are scored side by side in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { clean } from '../src/stages/clean/index.ts';
import type { RawArticle } from '../src/core/index.ts';
import { evalSet } from './lib/eval-dir.ts';

export interface ExtractionPage { id: string; url: string; html: string; truth: string }

/** Load the labelled pages (all, or every 4th in quick mode). */
export function loadExtractionPages(dir: string, quick = false): ExtractionPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const pages: ExtractionPage[] = [];
  files.forEach((f, i) => {
    if (quick && i % 4) return;
    const id = f.replace(/\.html\.gz$/, '');
    const t = truth[id];
    if (!t) return;
    pages.push({ id, url: t.url, html: gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8'), truth: t.articleBody });
  });
  return pages;
}

const WORD = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** Normalised tp/fp/fn for one page, as the benchmark's string_shingle_matching. */
export function shingleMatch(truth: string, pred: string): { tp: number; fp: number; fn: number } {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) ?? 0, b = p.get(k) ?? 0;
    tp += Math.min(a, b); fp += Math.max(0, b - a); fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

/** Precision and recall means over pages, F1 from the means. */
export function scoreExtraction(pairs: { truth: string; pred: string }[]): { precision: number; recall: number; f1: number } {
  const ps: number[] = [], rs: number[] = [];
  for (const { truth, pred } of pairs) {
    const { tp, fp, fn } = shingleMatch(truth, pred);
    if (tp + fp > 0) ps.push(tp / (tp + fp));
    else if (!pred.trim() && truth.trim()) ps.push(0);
    if (tp + fn > 0) rs.push(tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps), recall = mean(rs);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Synoptic's body for one page, through the real clean(). */
export function synopticBody(page: { url: string; html: string }): string {
  const raw: RawArticle = { path: page.url, format: 'html', sourceId: null, url: page.url, title: null, text: null, html: page.html, published: null, outlet: null, meta: {} };
  return clean(raw, { now: new Date('2030-01-01T00:00:00Z') }).body;
}

/** Readability.js on a linkedom document: the peer. */
export function readabilityBody(page: { html: string }): string {
  const { document } = parseHTML(page.html);
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? '';
}

export async function evaluate(opts: { quick?: boolean } = {}): Promise<Record<string, number> | null> {
  const dir = evalSet('extraction');
  if (!dir) return null;
  const pages = loadExtractionPages(dir, opts.quick);
  const ours = scoreExtraction(pages.map((p) => ({ truth: p.truth, pred: synopticBody(p) })));
  const figures: Record<string, number> = { precision: ours.precision, recall: ours.recall, f1: ours.f1 };
  if (!opts.quick) {
    const peer = scoreExtraction(pages.map((p) => ({ truth: p.truth, pred: readabilityBody(p) })));
    figures['readability.precision'] = peer.precision;
    figures['readability.recall'] = peer.recall;
    figures['readability.f1'] = peer.f1;
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const figures = await evaluate({ quick });
  if (figures) {
    const row = (name: string, p = '') => ({ extractor: name, precision: +figures[`${p}precision`]!.toFixed(4), recall: +figures[`${p}recall`]!.toFixed(4), f1: +figures[`${p}f1`]!.toFixed(4) });
    console.log(`article-body extraction, ${quick ? 'quick (every 4th page)' : 'all'} pages of ../shared/eval/extraction`);
    console.table(quick ? [row('synoptic')] : [row('synoptic'), row('readability.js + linkedom', 'readability.')]);
  }
}
