/** @module commands/stories — `synoptic stories` and `synoptic report <id>`: read what the store holds. */
import { openStore } from '../../../adapters/open-store.ts';
import { UsageError } from '../../../core/errors.ts';
import { formatStory } from '../format-story.ts';
import { renderStoryHtml, renderStoryMarkdown } from '../render-story.ts';
import type { CommandContext } from './context.ts';

export async function storiesCommand(ctx: CommandContext): Promise<number> {
  const store = await openStore(ctx.store);
  try {
    const stories = await store.stories.list({ limit: 1000 });
    if (!stories.length) ctx.stdout.write('no stories stored yet: run `synoptic ingest <path>...` first\n');
    for (const s of stories) ctx.stdout.write(`${s.id}  ${String(s.documentIds.length).padStart(3)} doc(s)  ${s.title}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function reportCommand(ctx: CommandContext): Promise<number> {
  const id = ctx.positionals[0];
  if (!id) throw new UsageError('report needs a story id (see `synoptic stories`)');
  const format = String(ctx.values.format ?? 'md');
  if (!['md', 'html', 'json', 'text'].includes(format)) throw new UsageError(`unknown format "${format}" (md, html, json)`);
  const store = await openStore(ctx.store);
  try {
    const report = await store.analyses.get(id);
    const story = report?.stories.find((s) => s.id === id);
    if (!report || !story) throw new UsageError(`no stored story "${id}" (see \`synoptic stories\`)`);
    const out = format === 'json' ? JSON.stringify(report, null, 2)
      : format === 'html' ? renderStoryHtml(story, report)
      : format === 'text' ? formatStory(story, report)
      : renderStoryMarkdown(story, report);
    ctx.stdout.write(out + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

export async function searchCommand(ctx: CommandContext): Promise<number> {
  const query = ctx.positionals.join(' ');
  if (!query.trim()) throw new UsageError('search needs some words');
  const store = await openStore(ctx.store);
  try {
    const hits = (await store.documents.search?.(query, { limit: 20 })) ?? [];
    if (!hits.length) ctx.stdout.write('no matches\n');
    for (const h of hits) ctx.stdout.write(`${h.id}  ${h.title ?? h.path}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
