/**
 * bench/http — requests/s and latency of the web UI's story page and the JSON API on a 1,000-document
 * store, with autocannon as the load generator on loopback (127.0.0.1 only; bounded duration).
 * Documents are ECB+ articles read at run time from ../shared/eval (repeated with a numbered
 * paragraph to reach 1,000); without it, the demo corpus is varied the same way.
 *
 *   node --import tsx bench/http.ts [--docs 1000] [--seconds 5]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import type { RawArticle } from '../src/core/index.ts';
import { openSqliteStore } from '../src/adapters/store-sqlite/index.ts';
import { createApp } from '../src/app/http/create-app.ts';
import { storeRecords } from '../src/pipeline/ingest-into-store.ts';
import { evalSet } from '../eval/lib/eval-dir.ts';

const arg = (name: string, d: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : d; };
const DOCS = arg('docs', 1000);
const SECONDS = arg('seconds', 5);

function sourceTexts(): { title: string; text: string }[] {
  const ecb = evalSet('ecbplus');
  if (ecb) {
    return readFileSync(join(ecb, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => {
      const r = JSON.parse(l) as { title: string; text: string };
      return { title: r.title, text: `${r.title}\n\n${r.text}` };
    });
  }
  return readdirSync('examples/demo').filter((f) => f.endsWith('.txt')).map((f) => ({ title: f, text: readFileSync(join('examples/demo', f), 'utf8') }));
}

const texts = sourceTexts();
const records: RawArticle[] = Array.from({ length: DOCS }, (_, i) => {
  const t = texts[i % texts.length]!;
  const text = i < texts.length ? t.text : `${t.text}\n\nUpdate ${Math.floor(i / texts.length)}: this copy was re-run by outlet number ${i}.`;
  return { path: `bench-${i}`, format: 'text', sourceId: null, url: null, title: null, text, html: null, published: null, outlet: `Outlet ${i % 37}`, meta: {} };
});

const store = openSqliteStore(':memory:');
let t0 = performance.now();
const summary = await storeRecords(store, records, [], { now: new Date('2026-01-01T00:00:00Z') });
const ingestSeconds = (performance.now() - t0) / 1000;
console.log(`store: ${summary.created.length} documents, ${summary.storiesTouched.length} stories; ingest + analysis ${ingestSeconds.toFixed(1)} s (${(summary.created.length / ingestSeconds).toFixed(0)} docs/s)`);

const stories = await store.stories.list({ limit: 1000 });
const biggest = [...stories].sort((a, b) => b.documentIds.length - a.documentIds.length)[0]!;
const app = createApp({ store });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const targets: [string, string][] = [
  ['story page (HTML)', `/stories/${biggest.id}`],
  ['stories list (HTML)', '/'],
  ['API: story report', `/api/stories/${biggest.id}`],
  ['API: stories page', '/api/stories?limit=50'],
  ['API: search', '/api/search?q=police'],
];
console.log(`\nstory page story: ${biggest.documentIds.length} documents; ${SECONDS} s per target, 10 connections\n`);
console.log('| target | req/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|');
for (const [name, path] of targets) {
  t0 = performance.now();
  const r = await autocannon({ url: base + path, connections: 10, duration: SECONDS });
  console.log(`| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} |`);
}
server.close();
await store.close();
console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
