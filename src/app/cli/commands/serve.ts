/** @module commands/serve — `synoptic serve [--port N]`: the HTTP API and web UI over a store. */
import { serve } from '@hono/node-server';
import { openStore } from '../../../adapters/open-store.ts';
import { createHttpFetcher } from '../../../adapters/fetch-http/index.ts';
import { UsageError } from '../../../core/errors.ts';
import type { Store } from '../../../core/ports/store.ts';
import { createApp } from '../../http/create-app.ts';
import type { CommandContext } from './context.ts';

/** Serve `store` until the process is stopped; resolves once listening, with the URL. */
export function startServer(store: Store, ctx: CommandContext): Promise<string> {
  const raw = String(ctx.values.port ?? process.env.PORT ?? '3000');
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new UsageError(`invalid port "${raw}"`);
  const hostname = String(ctx.values.host ?? '127.0.0.1');
  const app = createApp({ store, fetcher: createHttpFetcher() });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: Number(raw), hostname }, (info) => resolve(`http://${hostname}:${info.port}/`));
    const stop = () => { server.close(); void store.close(); process.exit(0); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export async function serveCommand(ctx: CommandContext): Promise<number> {
  const store = await openStore(ctx.store);
  const url = await startServer(store, ctx);
  ctx.stderr.write(`Synoptic is serving ${url}  (Ctrl-C to stop)\n`);
  await new Promise(() => {}); // runs until a signal stops the process
  return 0;
}
