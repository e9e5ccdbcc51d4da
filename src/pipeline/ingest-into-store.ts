/**
 * @module ingest-into-store — the incremental path: new documents are stored once, join stored
 * stories through the clusterer's saved state, and only the stories they touch are analysed again.
 *
 * Workflow:
 *  1. ingest and clean the paths (exact copies among them dropped)
 *  2. store the documents; those already stored are reported and go no further
 *  3. stream the new documents into the stored stories; save stories and clusterer state
 *  4. analyse each touched story over all its stored documents; store its report
 */
import type { Problem, RawArticle, Store } from '../core/index.ts';
import { ingestPaths } from '../stages/ingest/index.ts';
import { cleanAll, storyReport, type RunOptions } from './run.ts';
import { loadClusterer } from './load-clusterer.ts';

export interface IngestSummary {
  read: number;
  created: string[];
  existing: string[];
  duplicateInputs: { path: string; sameAs: string }[];
  storiesTouched: string[];
  problems: Problem[];
}

export async function ingestIntoStore(store: Store, paths: string[], opts: RunOptions): Promise<IngestSummary> {
  const { records, problems } = await ingestPaths(paths, { fetcher: opts.fetcher ?? null });
  return storeRecords(store, records, problems, opts);
}

/** Steps 1–4 for records already read (an HTTP upload, a worker's job). */
export async function storeRecords(store: Store, records: RawArticle[], problems: Problem[], opts: RunOptions): Promise<IngestSummary> {
  const { documents, duplicateInputs } = cleanAll(records, opts.now, problems, opts.onProgress);
  const { created, existing } = await store.documents.put(documents);

  const clusterer = await loadClusterer(store);
  const fresh = new Set(created);
  const logged = clusterer.maintenance().length;
  for (const doc of documents) if (fresh.has(doc.id)) clusterer.add(doc);
  // Stories that took in new documents, and those that changed by a merge or split while they arrived.
  const changed = new Set(clusterer.maintenance().slice(logged).flatMap((m) => [clusterer.resolve(m.into), clusterer.resolve(m.from)]));
  for (const id of fresh) { const story = clusterer.storyOf(id); if (story) changed.add(story); }
  const touched = clusterer.stories(changed);
  await store.stories.put(touched);
  await store.stories.putClusterState(clusterer.state()); // a snapshot holding every logged batch too

  for (const [i, story] of touched.entries()) {
    const docs = await store.documents.getMany(story.documentIds);
    const { story: analysed, report } = storyReport(story, docs, opts.now, opts.maxAnalysedDocuments);
    await store.analyses.put(story.id, report);
    await store.stories.put([analysed]);
    opts.onProgress?.('analyse', i + 1, touched.length);
  }
  return { read: records.length, created, existing, duplicateInputs, storiesTouched: touched.map((s) => s.id), problems };
}
