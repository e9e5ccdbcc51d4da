/** @module commands/analyze — `synoptic analyze <path>... [--json|--out FILE]`: report without touching the store. */
import { writeFileSync } from 'node:fs';
import { analyzePaths } from '../../../pipeline/run.ts';
import { formatStory } from '../format-story.ts';
import { maxAnalysed, type CommandContext } from './context.ts';

export async function analyzeCommand(ctx: CommandContext): Promise<number> {
  const { report } = await analyzePaths(ctx.positionals, { now: ctx.now, onProgress: ctx.progress, fetcher: ctx.fetcher, maxAnalysedDocuments: maxAnalysed(ctx) });
  for (const p of report.problems) ctx.stderr.write(`${p.path}: ${p.error}\n`);
  if (!report.documents.length) {
    ctx.stderr.write('synoptic: nothing readable in the given inputs\n');
    return 1;
  }
  const json = JSON.stringify(report, null, 2);
  if (ctx.values.out) {
    writeFileSync(String(ctx.values.out), json + '\n');
    ctx.stderr.write(`report written to ${ctx.values.out}\n`);
  } else if (ctx.values.json) {
    ctx.stdout.write(json + '\n');
  } else {
    ctx.stdout.write(report.stories.map((s) => formatStory(s, report)).join('\n\n') + '\n');
  }
  return report.problems.length ? 2 : 0;
}
