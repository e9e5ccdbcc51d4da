/** @module commands/ingest — `synoptic ingest <path>...`: store documents once, update stories and analyses. */
import { openStore } from '../../../adapters/open-store.ts';
import { ingestIntoStore, type IngestSummary } from '../../../pipeline/ingest-into-store.ts';
import { maxAnalysed, type CommandContext } from './context.ts';

export function describeIngest(s: IngestSummary): string {
  const lines = [`read ${s.read} record(s): ${s.created.length} new document(s) stored, ${s.existing.length} already stored`];
  if (s.duplicateInputs.length) lines.push(`${s.duplicateInputs.length} input(s) were exact copies of another input`);
  if (!s.created.length && s.read) lines.push('nothing new to store');
  lines.push(`${s.storiesTouched.length} story(ies) updated`);
  return lines.join('\n');
}

export async function ingestCommand(ctx: CommandContext): Promise<number> {
  const store = await openStore(ctx.store);
  try {
    const runId = await store.runs.start('ingest', ctx.positionals);
    const summary = await ingestIntoStore(store, ctx.positionals, { now: ctx.now, onProgress: ctx.progress, fetcher: ctx.fetcher, maxAnalysedDocuments: maxAnalysed(ctx) });
    await store.runs.finish(runId, { created: summary.created.length, existing: summary.existing.length, problems: summary.problems.length });
    for (const p of summary.problems) ctx.stderr.write(`${p.path}: ${p.error}\n`);
    ctx.stdout.write(describeIngest(summary) + '\n');
    if (!summary.read) return 1;
    return summary.problems.length ? 2 : 0;
  } finally {
    await store.close();
  }
}
