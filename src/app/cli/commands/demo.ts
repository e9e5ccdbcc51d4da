/** @module commands/demo — `synoptic demo` (and `npm start`): ingest the bundled demo corpus and print each story with its brief. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../../adapters/open-store.ts';
import { ingestIntoStore } from '../../../pipeline/ingest-into-store.ts';
import { formatStory } from '../format-story.ts';
import { describeIngest } from './ingest.ts';
import { startServer } from './serve.ts';
import type { CommandContext } from './context.ts';

export const DEMO_CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples', 'demo');

export async function demoCommand(ctx: CommandContext): Promise<number> {
  const store = await openStore(ctx.store ?? join('.synoptic', 'demo.sqlite'));
  try {
    const summary = await ingestIntoStore(store, [DEMO_CORPUS], { now: ctx.now, onProgress: ctx.progress, fetcher: ctx.fetcher });
    ctx.stderr.write(describeIngest(summary) + '\n');
    const ids = new Set((await store.documents.list({ limit: 10_000 })).map((d) => d.id));
    for (const story of await store.stories.list({ limit: 1000 })) {
      if (!story.documentIds.some((id) => ids.has(id))) continue;
      const report = await store.analyses.get(story.id);
      if (report) ctx.stdout.write(formatStory(story, report) + '\n\n');
    }
    if (ctx.values.serve) {
      const url = await startServer(store, ctx);
      ctx.stderr.write(`Web UI: ${url}  (Ctrl-C to stop)\n`);
      await new Promise(() => {});
    }
    return summary.problems.length ? 2 : 0;
  } finally {
    if (!ctx.values.serve) await store.close();
  }
}
