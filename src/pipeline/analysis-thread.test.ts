/** Story analysis in a worker thread: the same report as on the calling thread, and a heap too small for the story fails that job with the reason. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ingestPaths } from '../stages/ingest/index.ts';
import { createStoryClusterer } from '../stages/stories/index.ts';
import { cleanAll } from './run.ts';
import { inlineAnalyser, threadAnalyser, threadPool } from './analysis-thread.ts';

async function demoStory() {
  const { records } = await ingestPaths([join(import.meta.dirname, '../../examples/demo')], { fetcher: null });
  const { documents } = cleanAll(records, new Date('2026-01-01T00:00:00Z'), []);
  const clusterer = createStoryClusterer();
  for (const d of documents) clusterer.add(d);
  const story = clusterer.stories().sort((a, b) => b.documentIds.length - a.documentIds.length)[0]!;
  return { story, docs: documents.filter((d) => story.documentIds.includes(d.id)) };
}

it('analyses a story in a thread exactly as on the calling thread', { timeout: 60_000 }, async () => {
  const { story, docs } = await demoStory();
  const now = new Date('2026-01-02T00:00:00Z');
  const analyser = threadAnalyser(512);
  try {
    const [inThread, again] = await Promise.all([analyser.analyse(story, docs, now), analyser.analyse(story, docs, now)]);
    const inline = await inlineAnalyser.analyse(story, docs, now);
    assert.ok(inline.report.briefs.length > 0 && inline.report.documents.length === docs.length);
    assert.deepEqual(inThread, inline);
    assert.deepEqual(again, inline, 'calls queue up one after another');
  } finally { await analyser.close(); }
});

it('a story that needs more than the thread heap fails with that reason, not the process', { timeout: 60_000 }, async () => {
  const { story, docs } = await demoStory();
  const analyser = threadAnalyser(8);
  try {
    await assert.rejects(analyser.analyse(story, docs, new Date()), (err: Error) => {
      assert.match(err.message, new RegExp(`analysis of story ${story.id} \\(${docs.length} documents\\) stopped`));
      return true;
    });
    // The analyser is not stuck: the next call gets its own answer (a new thread, here also too small).
    await assert.rejects(analyser.analyse(story, docs, new Date()), /stopped/);
  } finally { await analyser.close(); }
});

it('a pool of threads analyses stories side by side, each report the same as on the calling thread', { timeout: 60_000 }, async () => {
  const { story, docs } = await demoStory();
  const now = new Date('2026-01-02T00:00:00Z');
  // Analysis narrows documents' dates in place: the inline run gets a copy.
  const inline = await inlineAnalyser.analyse(story, structuredClone(docs), now);
  const pool = threadPool(2, 512);
  try {
    const reports = await Promise.all([1, 2, 3].map(() => pool.analyse(story, docs, now)));
    for (const r of reports) assert.deepEqual(r, inline);
  } finally { await pool.close(); }
});
