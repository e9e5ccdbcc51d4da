/**
 * @module create-app — the HTTP server: a JSON API under /api, server-rendered pages for people,
 * a strict Content-Security-Policy (scripts and styles from this origin only; no inline code),
 * request size limits, and one ingest at a time so story assignment stays consistent.
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../../core/ports/store.ts';
import { StoreError, UsageError } from '../../core/errors.ts';
import { reportJsonSchema } from '../../core/types/report-json-schema.ts';
import type { Fetcher } from '../../core/ports/fetcher.ts';
import { storeRecords, type IngestSummary } from '../../pipeline/ingest-into-store.ts';
import { ingestBytes, ingestPaths } from '../../stages/ingest/index.ts';
import { openApiDocument } from './openapi.ts';
import { readUpload } from './read-upload.ts';
import { storiesPage } from '../web/pages/stories-page.ts';
import { storyPage } from '../web/pages/story-page.ts';
import { documentPage } from '../web/pages/document-page.ts';
import { ingestPage } from '../web/pages/ingest-page.ts';
import { layout } from '../web/pages/layout.ts';
import { html } from 'hono/html';

export interface AppOptions {
  store: Store;
  /** Downloads URL inputs (SSRF-safe); without one, URL ingestion answers 400. */
  fetcher?: Fetcher | null;
  /** Largest request body accepted (bytes). */
  maxBodyBytes?: number;
  now?: () => Date;
}

const asset = (name: string) => readFileSync(new URL(`../web/assets/${name}`, import.meta.url), 'utf8');

/** limit/offset from the query, bounded. */
function paging(c: Context): { limit: number; offset: number } {
  const n = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);
  return { limit: Math.min(500, Math.max(1, n(c.req.query('limit'), 50))), offset: n(c.req.query('offset'), 0) };
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const now = opts.now ?? (() => new Date());
  const app = new Hono();
  const css = asset('app.css');
  const js = asset('app.js');
  let queue: Promise<unknown> = Promise.resolve();
  /** Ingests run one after another: the clusterer's state is read, extended and written back by each. */
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => {});
    return next;
  };

  async function ingest(req: Request): Promise<IngestSummary> {
    const { items, urls } = await readUpload(req);
    if (!items.length && !urls.length) throw new UsageError('nothing to ingest: send text, HTML, JSON records, files or a url');
    if (urls.length && !opts.fetcher) throw new UsageError('URL ingestion is not enabled on this server');
    const fromBytes = await ingestBytes(items);
    const fromUrls = urls.length ? await ingestPaths(urls, { fetcher: opts.fetcher ?? null }) : { records: [], problems: [] };
    return serial(() => storeRecords(store, [...fromBytes.records, ...fromUrls.records], [...fromBytes.problems, ...fromUrls.problems], { now: now() }));
  }

  app.use(secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
  }));
  app.use('/api/*', bodyLimit({ maxSize: opts.maxBodyBytes ?? 20 * 1024 * 1024, onError: (c) => c.json({ error: 'request body too large' }, 413) }));
  app.use('/ingest', bodyLimit({ maxSize: opts.maxBodyBytes ?? 20 * 1024 * 1024, onError: (c) => c.text('request body too large', 413) }));

  app.onError((err, c) => {
    const status = err instanceof UsageError ? 400 : err instanceof StoreError ? 503 : 500;
    const message = status === 500 ? 'internal error' : err.message;
    return c.req.path.startsWith('/api/') ? c.json({ error: message }, status) : c.html(layout('Error', html`<h1>Error</h1><p>${message}</p>`), status);
  });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.html(layout('Not found', html`<h1>Not found</h1>`), 404)));

  // --- assets and API description
  app.get('/assets/app.css', (c) => c.body(css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' }));
  app.get('/assets/app.js', (c) => c.body(js, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=300' }));
  app.get('/openapi.json', (c) => c.json(openApiDocument(reportJsonSchema())));

  // --- JSON API
  app.get('/api/documents', async (c) => {
    const p = paging(c);
    return c.json({ items: await store.documents.list(p), total: await store.documents.count(), ...p });
  });
  app.post('/api/documents', async (c) => c.json(await ingest(c.req.raw)));
  app.get('/api/documents/:id', async (c) => {
    const doc = await store.documents.get(c.req.param('id'));
    return doc ? c.json(doc) : c.json({ error: 'no such document' }, 404);
  });
  app.get('/api/search', async (c) => {
    const q = c.req.query('q') ?? '';
    if (!q.trim()) throw new UsageError('search needs q');
    const p = paging(c);
    return c.json({ items: (await store.documents.search?.(q, p)) ?? [], ...p });
  });
  app.get('/api/stories', async (c) => {
    const p = paging(c);
    return c.json({ items: await store.stories.list(p), ...p });
  });
  const withReport = (pick: (r: NonNullable<Awaited<ReturnType<Store['analyses']['get']>>>, id: string) => unknown) => async (c: Context) => {
    const id = c.req.param('id')!;
    const report = await store.analyses.get(id);
    return report ? c.json(pick(report, id) as object) : c.json({ error: 'no such story' }, 404);
  };
  app.get('/api/stories/:id', withReport((r) => r));
  app.get('/api/stories/:id/brief', withReport((r, id) => r.briefs.find((b) => b.storyId === id) ?? { storyId: id, sentences: [] }));
  app.get('/api/stories/:id/timeline', withReport((r) => ({ events: r.events })));
  app.get('/api/stories/:id/comparison', withReport((r) => ({ comparison: r.comparison, sourceFlags: r.sourceFlags })));

  // --- pages
  app.get('/', async (c) => {
    return c.html(storiesPage(await store.stories.list({ limit: 200 })));
  });
  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const report = await store.analyses.get(id);
    const story = report?.stories.find((s) => s.id === id);
    return report && story ? c.html(storyPage(story, report)) : c.notFound();
  });
  app.get('/documents/:id', async (c) => {
    const doc = await store.documents.get(c.req.param('id'));
    if (!doc) return c.notFound();
    const story = (await store.stories.list({ limit: 1000 })).find((s) => s.documentIds.includes(doc.id));
    return c.html(documentPage(doc, story ? await store.analyses.get(story.id) : null));
  });
  app.get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    const hits = q.trim() ? (await store.documents.search?.(q, { limit: 50 })) ?? [] : [];
    return c.html(layout('Search', html`<h1>Search</h1><p class="muted">${hits.length} result(s) for “${q}”</p>
<ul>${hits.map((h) => html`<li><a href="/documents/${h.id}">${h.title ?? h.path}</a><br><span class="muted">${h.snippet}</span></li>`)}</ul>`));
  });
  app.get('/ingest', (c) => c.html(ingestPage()));
  app.post('/ingest', async (c) => {
    const s = await ingest(c.req.raw);
    const problems = s.problems.map((p) => `${p.path}: ${p.error}`).join('; ');
    return c.html(ingestPage(`${s.created.length} new document(s) stored, ${s.existing.length} already stored, ${s.storiesTouched.length} story(ies) updated.${problems ? ` Problems: ${problems}` : ''}`));
  });
  return app;
}
