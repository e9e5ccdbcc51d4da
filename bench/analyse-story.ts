/**
 * @module bench/analyse-story — what one big story's analysis (reuse → extract → compare → brief) costs:
 * CPU seconds and peak RSS, per stage. The story comes from the scale stream (bench/scale-corpus.ts):
 * its largest story, or with `--join k` its k largest put together (standing in for the ~1,100-document
 * stories a 100k stream grows).
 *
 * Run: `node --import tsx bench/analyse-story.ts [--docs 20000] [--join 1]` (needs ../shared/eval).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStream } from './scale-corpus.ts';
import { ingestPaths } from '../src/stages/ingest/index.ts';
import { analyzeStory, cleanAll } from '../src/pipeline/run.ts';
import { createStoryClusterer } from '../src/stages/stories/index.ts';

const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1]! : fallback; };
const DOCS = Number(arg('docs', '20000'));
const JOIN = Number(arg('join', '1'));

const dir = mkdtempSync(join(tmpdir(), 'synoptic-analyse-story-'));
try {
  const { files } = writeStream(dir, DOCS, 250);
  if (!files.length) process.exit(0);
  const { records } = await ingestPaths(files, { fetcher: null });
  const { documents } = cleanAll(records, new Date(), []);
  const clusterer = createStoryClusterer();
  for (const d of documents) clusterer.add(d);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const top = clusterer.stories().sort((a, b) => b.documentIds.length - a.documentIds.length).slice(0, JOIN);
  const ids = top.flatMap((s) => s.documentIds);
  const docs = ids.map((id) => byId.get(id)!);
  console.log(`stream: ${documents.length} documents; story: ${ids.length} documents (the ${JOIN} largest)`);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = analyzeStory({ ...top[0]!, documentIds: ids }, docs);
  const cpu = process.cpuUsage(cpu0);
  console.log(`analysis: ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; peak RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(`found: ${result.comparison.agreements.length} agreements, ${result.comparison.conflicts.length} conflicts, ${result.comparison.unique.length} unique claims`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
