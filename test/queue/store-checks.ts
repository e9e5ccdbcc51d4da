/** Test helper: what "stored exactly once, none half-written, stories consistent" means, checked on a store. */
import assert from 'node:assert/strict';
import type { Store } from '../../src/core/index.ts';
import { cleanAll } from '../../src/pipeline/run.ts';
import { ingestPaths } from '../../src/stages/ingest/index.ts';
import { loadClusterer } from '../../src/pipeline/load-clusterer.ts';

/** Content ids of the articles in these JSON Lines files, as the pipeline computes them. */
export async function expectedIds(files: string[]): Promise<Set<string>> {
  const { records, problems } = await ingestPaths(files);
  assert.deepEqual(problems, []);
  return new Set(cleanAll(records, new Date(), []).documents.map((d) => d.id));
}

export async function assertConsistent(store: Store, expected: Set<string>): Promise<void> {
  assert.equal(await store.documents.count(), expected.size, 'every document stored exactly once');
  const docs = await store.documents.getMany([...expected]);
  assert.equal(docs.length, expected.size, 'every expected document is stored');
  for (const d of docs) assert.ok(d.text.length > 100 && d.paragraphs.length > 1 && d.title, `document ${d.id} is whole`);

  // The stored clusterer: its snapshot plus the batches logged since.
  const clusterer = await loadClusterer(store);
  for (const id of expected) assert.ok(clusterer.storyOf(id), `document ${id} belongs to a story`);
  const stories = clusterer.stories();
  assert.equal(stories.reduce((a, s) => a + s.documentIds.length, 0), expected.size, 'each document in exactly one story');
  for (const s of stories) {
    const stored = await store.stories.get(s.id);
    assert.ok(stored, `story ${s.id} is stored`);
    assert.deepEqual([...stored.documentIds].sort(), [...s.documentIds].sort(), `stored story ${s.id} has the clusterer's members`);
    const report = await store.analyses.get(s.id);
    assert.ok(report, `story ${s.id} is analysed`);
    assert.deepEqual(report.documents.map((d) => d.id).sort(), [...s.documentIds].sort(), `story ${s.id}'s analysis covers its members`);
  }
}
