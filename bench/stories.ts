/**
 * @module bench/stories — `node --expose-gc --import tsx bench/stories.ts [--max 1000000]`: per-document
 * assignment cost and memory of the story clusterer at 10k and 100k documents (1M with --max), on a
 * synthetic stream built at run time from real text in ../shared/eval (ECB+ articles, extraction page
 * bodies, headlines). The single-pass TF-IDF centroid baseline (every document against every cluster) runs
 * beside it on the first 10k, to show the cost growth the candidate index avoids.
 *
 * The stream: ~300 documents a day; each day new events start, each built on one real article (sentences
 * sampled from it, plus a stray sentence from elsewhere) and named by an invented two-word name made of
 * real capitalised words, so events built on the same article stay distinguishable; 30% of documents are
 * bare headlines. Events run one to three days, so old stories go dormant as the stream moves on.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../eval/lib/eval-dir.ts';
import { createStoryClusterer } from '../src/stages/stories/index.ts';
import { baselineClusters } from '../eval/stories-baseline.ts';
import type { Article } from '../src/core/index.ts';
import { seededRandom } from '../src/lib/random/seeded-random.ts';

const dir = evalDir();
if (!existsSync(join(dir, 'ecbplus')) || !existsSync(join(dir, 'stories'))) {
  console.log(`bench/stories: ${dir} lacks ecbplus/ or stories/ (a clone without ../shared/eval); nothing to measure.`);
  process.exit(0);
}

const rand = seededRandom(12345);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

interface Source { title: string; sentences: string[] }
const sources: Source[] = [];
for (const l of readFileSync(join(dir, 'ecbplus', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(l) as { title: string; text: string };
  const sentences = r.text.split(/\n|(?<=[.!?]) /).filter((s) => s.length > 30);
  if (sentences.length >= 3) sources.push({ title: r.title, sentences });
}
const truthPath = join(dir, 'extraction', 'ground-truth.json');
if (existsSync(truthPath)) {
  for (const p of Object.values(JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string }>)) {
    const sentences = p.articleBody.split(/\n|(?<=[.!?]) /).filter((s) => s.length > 30);
    if (sentences.length > 3) sources.push({ title: sentences[0]!.slice(0, 120), sentences: sentences.slice(1) });
  }
}
const headlines = readFileSync(join(dir, 'stories', 'headlines.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { title: string }).title);
const capitalised = [...new Set(sources.flatMap((s) => s.sentences.join(' ').match(/\b[A-Z][a-z]{3,}\b/g) ?? []))];
const outlets = Array.from({ length: 300 }, (_, i) => `outlet-${i}.example`);

interface Event { source: Source; name: string; day: number; left: number }
const DAY_MS = 86_400_000;
const START = Date.UTC(2020, 0, 1);
const PER_DAY = 300;
let produced = 0;
let live: Event[] = [];

function nextDoc(): Article {
  const day = Math.floor(produced / PER_DAY);
  while (live.length < 60 || rand() < 0.02) live.push({ source: pick(sources), name: `${pick(capitalised)} ${pick(capitalised)}`, day, left: 3 + Math.floor(rand() * 25) });
  const ev = pick(live);
  ev.left--;
  if (ev.left <= 0 || day - ev.day > 2) live = live.filter((e) => e !== ev);
  const id = `d${produced++}`;
  const date = new Date(START + day * DAY_MS).toISOString().slice(0, 10);
  let title: string;
  let text: string;
  const paragraphs: [number, number][] = [];
  if (rand() < 0.3) {
    title = `${ev.name}: ${pick(headlines)}`;
    text = title;
    paragraphs.push([0, text.length]);
  } else {
    title = `${ev.name} ${ev.source.title.split(' ').slice(0, 10).join(' ')}`;
    const body = ev.source.sentences.filter(() => rand() < 0.6).slice(0, 12);
    body.splice(Math.floor(rand() * (body.length + 1)), 0, pick(pick(sources).sentences), `${ev.name} was named in the reports.`);
    text = title + '\n\n';
    for (const s of body) { paragraphs.push([text.length, text.length + s.length]); text += s + '\n'; }
  }
  return {
    id, path: id, url: null, sourceId: id, text, title, subtitle: null, byline: null, outlet: pick(outlets), wire: [], language: 'en',
    published: { date, earliest: date, latest: date, confidence: 1, basis: 'synthetic' }, rejectedDates: [], body: text, boilerplate: [],
    wordCount: 0, titleSpan: { documentId: id, start: 0, end: title.length }, paragraphs: paragraphs.map(([start, end]) => ({ documentId: id, start, end })), format: 'jsonl', meta: {},
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => { gc?.(); return process.memoryUsage().heapUsed / 1e6; };
const maxArg = process.argv.indexOf('--max');
const max = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 100_000;
const BLOCK = Number(process.env.BENCH_BLOCK ?? 10_000);

console.log(`stream: ${sources.length} real articles, ${headlines.length} real headlines; ${PER_DAY} documents a day${gc ? '' : ' (run with --expose-gc for exact heap figures)'}`);
const heap0 = heapMB();
const c = createStoryClusterer();
const firstBlock: Article[] = [];
console.log('CPU time of this process (per core; the machine may be shared), wall time beside it');
console.log('documents   CPU ms/doc   docs/s/core   wall ms/doc   active stories   all stories   vocabulary   heap MB');
let firstMs = 0;
for (let done = 0; done < max; done += BLOCK) {
  const docs = Array.from({ length: BLOCK }, nextDoc);
  if (done === 0) firstBlock.push(...docs);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const d of docs) c.add(d);
  const cpu = process.cpuUsage(cpu0);
  const wallMs = (performance.now() - t0) / BLOCK;
  const ms = (cpu.user + cpu.system) / 1000 / BLOCK;
  if (done === 0) firstMs = ms;
  const n = done + BLOCK;
  if (n % Math.max(BLOCK, Math.floor(max / 10)) === 0 || n === max) {
    const s = c.stats();
    console.log(`${String(n).padStart(9)}   ${ms.toFixed(3).padStart(10)}   ${Math.round(1000 / ms).toString().padStart(11)}   ${wallMs.toFixed(3).padStart(11)}   ${String(s.active).padStart(14)}   ${String(s.stories).padStart(11)}   ${String(s.vocabulary).padStart(10)}   ${(heapMB() - heap0).toFixed(0).padStart(7)}`);
  }
  if (n === max) console.log(`cost growth from the first 10k block to the last: ${(ms / firstMs).toFixed(2)}x`);
}
const t1 = performance.now();
const stateJson = JSON.stringify(c.state());
console.log(`state(): ${(stateJson.length / 1e6).toFixed(1)} MB of JSON, written in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

// Peer: the baseline on the first 10k documents, timed per 1k block.
const texts = firstBlock.map((d) => d.text);
for (const n of process.env.BENCH_NO_PEER ? [] : [1000, 2000, 5000, 10_000]) {
  const cpu0 = process.cpuUsage();
  baselineClusters(texts.slice(0, n), 0.3);
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000 / n;
  console.log(`baseline (every document against every cluster) on the first ${n} documents: ${ms.toFixed(3)} CPU ms/doc, ${Math.round(1000 / ms)} docs/s/core`);
}
