/**
 * @module commands/queue — `synoptic enqueue <path>...`, `synoptic worker`, `synoptic status`:
 * ingest and analysis through the PostgreSQL job queue, spread over worker processes.
 */
import { openStore } from '../../../adapters/open-store.ts';
import { openQueue, queueLocation, redact } from '../../../adapters/open-queue.ts';
import { enqueueInputs, JOB_NAMES, startWorker } from '../../../pipeline/queue-jobs.ts';
import { threadPool } from '../../../pipeline/analysis-thread.ts';
import type { QueueStatus } from '../../../core/ports/queue.ts';
import { UsageError } from '../../../core/errors.ts';
import { maxAnalysed, type CommandContext } from './context.ts';

const location = (ctx: CommandContext) => queueLocation(ctx.values.queue as string | undefined, ctx.store);

function seconds(ctx: CommandContext, flag: string, fallback: number): number {
  const raw = ctx.values[flag];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 1) throw new UsageError(`--${flag} must be a number of seconds ≥ 1, not "${raw}"`);
  return n;
}

export async function enqueueCommand(ctx: CommandContext): Promise<number> {
  const timeout = ctx.values['job-timeout'] === undefined ? {} : { expireInSeconds: seconds(ctx, 'job-timeout', 15 * 60) };
  const queue = await openQueue(location(ctx), { supervise: false, ...timeout });
  try {
    const { jobs, problems } = await enqueueInputs(queue, ctx.positionals);
    for (const p of problems) ctx.stderr.write(`${p.path}: ${p.error}\n`);
    ctx.stdout.write(`queued ${jobs} read job(s)${problems.length ? `; ${problems.length} input(s) not queued` : ''}\n`);
    if (!jobs && problems.length) return 1;
    return problems.length ? 2 : 0;
  } finally {
    await queue.stop();
  }
}

/** The analysis thread's heap: with the worker's own few hundred MB, a worker stays under 2 GB. */
export const ANALYSIS_HEAP_MB = 1280;

export async function workerCommand(ctx: CommandContext): Promise<number> {
  const loc = location(ctx);
  const rawHeap = ctx.values['analysis-heap-mb'];
  const heapMb = rawHeap === undefined ? ANALYSIS_HEAP_MB : Number(rawHeap);
  if (!Number.isInteger(heapMb) || heapMb < 64) throw new UsageError(`--analysis-heap-mb must be a whole number of MB ≥ 64, not "${rawHeap}"`);
  const rawThreads = ctx.values['analysis-threads'];
  const threads = rawThreads === undefined ? 1 : Number(rawThreads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError(`--analysis-threads must be a whole number from 1 to 64, not "${rawThreads}"`);
  const maxAnalysedDocuments = maxAnalysed(ctx);
  const store = await openStore(ctx.store);
  const quiet = Boolean(ctx.values.quiet);
  const log = (line: string) => { if (!quiet) ctx.stderr.write(`${line}\n`); };
  const totals = { read: 0, stored: 0, existing: 0, problems: 0, assigned: 0, analysed: 0, dropped: 0, analysedDocs: 0 };
  const busy: Record<string, number> = {};
  let queue;
  try {
    queue = await openQueue(loc, {
      expireInSeconds: seconds(ctx, 'job-timeout', 15 * 60),
      onLockLost: (name, err) => {
        // The assigner's in-memory clusterer may be stale once another worker can take over: stop here, restart resumes.
        ctx.stderr.write(`synoptic: lost the database connection holding the ${name} queue (${err.message}); stopping — restart the worker to resume\n`);
        process.exit(1);
      },
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  const analyser = threadPool(threads, heapMb);
  try {
    log(`worker ${process.pid} on queue ${redact(loc)}${ctx.values['exit-when-idle'] ? ' (exits when the queue is empty)' : '; Ctrl-C stops it'}`);
    await startWorker(queue, store, {
      fetcher: ctx.fetcher,
      analyser,
      maxAnalysedDocuments,
      on: {
        read: (input, out) => {
          totals.read++; totals.stored += out.documents; totals.existing += out.existing; totals.problems += out.problems.length;
          for (const p of out.problems) ctx.stderr.write(`${p.path}: ${p.error}\n`);
          log(`read ${input}: ${out.documents} new, ${out.existing} already stored`);
        },
        assign: (docs, stories) => { totals.assigned += docs; if (docs) log(`assigned ${docs} document(s) to ${stories} story(ies)`); },
        analyse: (_id, written, documents) => { if (written) totals.analysed++; else totals.dropped++; totals.analysedDocs += documents; },
        timing: (name, ms) => { busy[name] = (busy[name] ?? 0) + ms; },
      },
    });

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      if (!ctx.values['exit-when-idle']) return;
      let idleChecks = 0;
      const tick = async () => {
        const s = await queue.stats().catch(() => null);
        idleChecks = s && s.queued + s.active === 0 ? idleChecks + 1 : 0;
        if (idleChecks >= 3) resolve(); else setTimeout(tick, 1000);
      };
      setTimeout(tick, 1000);
    });
  } finally {
    await queue.stop();
    await analyser.close();
    await store.close();
  }
  const usage = process.resourceUsage();
  const busyText = Object.entries(busy).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
  ctx.stdout.write(`worker ${process.pid}: read ${totals.read} input(s): ${totals.stored} new document(s) stored, ${totals.existing} already stored${totals.stored ? '' : ' (nothing new)'}; ` +
    `${totals.assigned} assigned to stories; ${totals.analysed} story analysis(es) written (${totals.dropped} dropped: the story changed meanwhile; ${totals.analysedDocs} documents analysed in all); peak memory ${Math.round(usage.maxRSS / 1024)} MB; ` +
    `CPU ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s${busyText ? ` (in handlers: ${busyText})` : ''}\n`);
  return 0;
}

export function describeStatus(s: QueueStatus): string {
  const rows = [['queue', 'queued', 'active', 'completed', 'failed'], ...s.queues.map((q) => [q.name, q.queued, q.active, q.completed, q.failed].map(String))];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  if (!s.queues.length) lines.push('(no jobs yet)');
  const perMin = s.recent.documents / s.recent.windowMinutes;
  lines.push('', `throughput: ${s.recent.documents} document(s) stored by ${s.recent.jobs} job(s) in the last ${s.recent.windowMinutes} min (${perMin.toFixed(1)}/min)`);
  if (s.deadLetters.length) {
    lines.push('', 'failed after their last retry (newest first):');
    for (const d of s.deadLetters) lines.push(`  ${d.name} ${d.id} ${JSON.stringify(d.data).slice(0, 120)}: ${d.error}`);
  }
  return lines.join('\n');
}

export async function statusCommand(ctx: CommandContext): Promise<number> {
  const queue = await openQueue(location(ctx), { supervise: false });
  try {
    const status = await queue.status();
    const known = new Set(status.queues.map((q) => q.name));
    for (const name of Object.values(JOB_NAMES)) if (!known.has(name)) status.queues.push({ name, queued: 0, active: 0, completed: 0, failed: 0 });
    status.queues.sort((a, b) => a.name.localeCompare(b.name));
    ctx.stdout.write(ctx.values.json ? `${JSON.stringify(status, null, 2)}\n` : `${describeStatus(status)}\n`);
    return 0;
  } finally {
    await queue.stop();
  }
}
