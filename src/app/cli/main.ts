/** @module cli/main — the `synoptic` command: parse arguments, run one command, map errors to one line and an exit code. */
import { parseArgs } from 'node:util';
import { InputError, StoreError, UsageError } from '../../core/errors.ts';
import { HELP } from './help.ts';
import { makeProgress } from './progress.ts';
import { createHttpFetcher } from '../../adapters/fetch-http/index.ts';
import type { CommandContext } from './commands/context.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { ingestCommand } from './commands/ingest.ts';
import { reportCommand, searchCommand, storiesCommand } from './commands/stories.ts';
import { demoCommand } from './commands/demo.ts';
import { serveCommand } from './commands/serve.ts';
import { enqueueCommand, statusCommand, workerCommand } from './commands/queue.ts';
import { feedsCommand, pollCommand } from './commands/poll.ts';

const COMMANDS: Record<string, { run: (ctx: CommandContext) => Promise<number>; needsPaths?: boolean }> = {
  analyze: { run: analyzeCommand, needsPaths: true },
  ingest: { run: ingestCommand, needsPaths: true },
  stories: { run: storiesCommand },
  report: { run: reportCommand },
  search: { run: searchCommand },
  demo: { run: demoCommand },
  serve: { run: serveCommand },
  enqueue: { run: enqueueCommand, needsPaths: true },
  worker: { run: workerCommand },
  status: { run: statusCommand },
  poll: { run: pollCommand },
  feeds: { run: feedsCommand },
};

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        store: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        serve: { type: 'boolean' },
        queue: { type: 'string' },
        'job-timeout': { type: 'string' },
        'exit-when-idle': { type: 'boolean' },
        'analysis-heap-mb': { type: 'string' },
        'analysis-threads': { type: 'string' },
        'max-analysed': { type: 'string' },
        every: { type: 'string' },
        rounds: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
      },
    });
    const [name, ...rest] = positionals;
    if (values.help || !name) {
      io.stdout.write(HELP);
      return name || values.help ? 0 : 1;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}" (see synoptic --help)`);
    if (command.needsPaths && !rest.length) throw new UsageError(`${name} needs at least one file or folder`);
    return await command.run({
      positionals: rest, values, stdout: io.stdout, stderr: io.stderr, now: new Date(),
      progress: makeProgress(io.stderr, Boolean(values.quiet)), store: values.store ?? process.env.SYNOPTIC_STORE,
      // --allow-host lets a local test server through the fetcher's address checks (and nothing else).
      fetcher: createHttpFetcher({ allowHosts: values['allow-host'] ?? [] }),
    });
  } catch (err) {
    if (err instanceof InputError) io.stderr.write(`synoptic: ${err.line()}\n`);
    else if (err instanceof UsageError || err instanceof StoreError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.stderr.write(`synoptic: ${(err as Error).message}\n`);
    else {
      io.stderr.write(`synoptic: internal error: ${(err as Error).message}\n`);
      if (process.env.SYNOPTIC_DEBUG) io.stderr.write(`${(err as Error).stack}\n`);
    }
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
