/**
 * @module load-clusterer — the stored story clusterer: its last snapshot, then the log of document batches
 * added since, replayed in order. Assignment is deterministic, so the replay rebuilds exactly the state
 * that was live, without rewriting the whole (growing) state after every batch.
 */
import type { Store } from '../core/index.ts';
import { createStoryClusterer, type StoryClusterer } from '../stages/stories/index.ts';

export async function loadClusterer(store: Store): Promise<StoryClusterer> {
  const clusterer = createStoryClusterer((await store.stories.getClusterState()) ?? undefined);
  for (const entry of await store.stories.getClusterLog()) {
    const byId = new Map((await store.documents.getMany(entry.ids)).map((d) => [d.id, d]));
    for (const id of entry.ids) {
      const doc = byId.get(id);
      if (doc && clusterer.storyOf(id) === null) clusterer.add(doc);
    }
  }
  return clusterer;
}
