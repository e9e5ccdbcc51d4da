/**
 * @module bench/scale-corpus — a news stream of N articles as JSON Lines files, built at run time from
 * real text in ../shared/eval (ECB+ articles and the extraction pages' bodies for sentences, the
 * headline set for headlines): events of 3–28 articles, each article sentences sampled from one real
 * article plus a stray sentence, under an invented two-word event name; ~300 articles a day, so old
 * stories go dormant as the stream moves on. Nothing is written into the repository.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from '../eval/lib/eval-dir.ts';
import { seededRandom } from '../src/lib/random/seeded-random.ts';

interface Source { title: string; sentences: string[] }

/** Null (with the reason printed) when ../shared/eval is absent. */
export function loadSources(): { sources: Source[]; headlines: string[] } | null {
  const dir = evalDir();
  if (!existsSync(join(dir, 'ecbplus')) || !existsSync(join(dir, 'stories'))) {
    console.log(`bench: ${dir} lacks ecbplus/ or stories/ (a clone without ../shared/eval); nothing to measure.`);
    return null;
  }
  const split = (t: string) => t.split(/\n|(?<=[.!?]) /).map((s) => s.trim()).filter((s) => s.length > 30);
  const sources: Source[] = [];
  for (const l of readFileSync(join(dir, 'ecbplus', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(l) as { title: string; text: string };
    const sentences = split(r.text);
    if (sentences.length >= 3) sources.push({ title: r.title, sentences });
  }
  const truth = join(dir, 'extraction', 'ground-truth.json');
  if (existsSync(truth)) {
    for (const p of Object.values(JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { articleBody: string }>)) {
      const sentences = split(p.articleBody);
      if (sentences.length > 3) sources.push({ title: sentences[0]!.slice(0, 120), sentences: sentences.slice(1) });
    }
  }
  const headlines = readFileSync(join(dir, 'stories', 'headlines.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { title: string }).title);
  return { sources, headlines };
}

/** Write `total` articles into `dir` as files of `perFile` records; returns the file paths and bytes written. */
export function writeStream(dir: string, total: number, perFile: number, seed0 = 12345): { files: string[]; bytes: number } {
  const loaded = loadSources();
  if (!loaded) return { files: [], bytes: 0 };
  const { sources, headlines } = loaded;
  const rand = seededRandom(seed0);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const capitalised = [...new Set(sources.flatMap((s) => s.sentences.join(' ').match(/\b[A-Z][a-z]{3,}\b/g) ?? []))];
  const outlets = Array.from({ length: 300 }, (_, i) => `News Outlet ${i}`);
  interface Event { source: Source; name: string; day: number; left: number }
  let live: Event[] = [];
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let start = 0; start < total; start += perFile) {
    const lines: string[] = [];
    for (let n = start; n < Math.min(total, start + perFile); n++) {
      const day = Math.floor(n / 300);
      while (live.length < 60 || rand() < 0.02) live.push({ source: pick(sources), name: `${pick(capitalised)} ${pick(capitalised)}`, day, left: 3 + Math.floor(rand() * 25) });
      const ev = pick(live);
      if (--ev.left <= 0 || day - ev.day > 2) live = live.filter((e) => e !== ev);
      const body = ev.source.sentences.filter(() => rand() < 0.6).slice(0, 12);
      body.splice(Math.floor(rand() * (body.length + 1)), 0, pick(pick(sources).sentences), `${ev.name} was named in the reports.`);
      const title = rand() < 0.3 ? `${ev.name}: ${pick(headlines)}` : `${ev.name} ${ev.source.title.split(' ').slice(0, 10).join(' ')}`;
      const published = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      lines.push(JSON.stringify({ title, text: body.join('\n\n'), outlet: pick(outlets), published, url: `https://news.example/${n}` }));
    }
    const file = join(dir, `part-${String(start).padStart(7, '0')}.jsonl`);
    const text = lines.join('\n') + '\n';
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
  }
  return { files, bytes };
}
