import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../adapters/store-sqlite/index.ts';
import { createApp } from './create-app.ts';
import { assertValidReport } from '../../../test/helpers/assert-report.ts';
import { schemaErrors } from '../../../test/helpers/check-json-schema.ts';

const FERRY = `Ferry operator halts crossings as strike enters second day

DOVER (Reuters) - A ferry operator suspended all crossings on Friday as a strike by deckhands entered its second day, the company said.

"We regret the disruption to passengers," said operations director Maria Lopez. About 3,000 travellers were affected, she said.
`;

const HOSTILE = `Council meeting ends in uproar <script>alert("xss")</script>

The council chamber emptied after <img src=x onerror=alert(1)> a heated vote, officials said on Tuesday.

Residents shared a link <a href="javascript:alert(2)">here</a> and a title break </title><script>alert(3)</script> in their posts, the clerk said.
`;

describe('HTTP API and web UI', () => {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, maxBodyBytes: 200_000, now: () => new Date('2024-05-10T12:00:00Z') });
  let storyId = '';

  before(async () => {
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: FERRY });
    assert.equal(res.status, 200);
    const summary = await res.json() as { created: string[]; storiesTouched: string[] };
    assert.equal(summary.created.length, 1);
    storyId = summary.storiesTouched[0]!;
  });

  it('lists documents and stories with pagination', async () => {
    const docs = await (await app.request('/api/documents?limit=1')).json() as { items: unknown[]; total: number; limit: number };
    assert.equal(docs.items.length, 1);
    assert.equal(docs.total, 1);
    assert.equal(docs.limit, 1);
    const stories = await (await app.request('/api/stories')).json() as { items: { id: string }[] };
    assert.deepEqual(stories.items.map((s) => s.id), [storyId]);
  });

  it("serves a story's report, valid against the contract, and its brief, timeline and comparison", async () => {
    assertValidReport(await (await app.request(`/api/stories/${storyId}`)).json());
    const brief = await (await app.request(`/api/stories/${storyId}/brief`)).json() as { storyId: string };
    assert.equal(brief.storyId, storyId);
    assert.ok('events' in (await (await app.request(`/api/stories/${storyId}/timeline`)).json() as object));
    assert.ok('comparison' in (await (await app.request(`/api/stories/${storyId}/comparison`)).json() as object));
  });

  it('says "already stored" when the same article is posted again', async () => {
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: FERRY }) });
    const summary = await res.json() as { created: string[]; existing: string[] };
    assert.equal(summary.created.length, 0);
    assert.equal(summary.existing.length, 1);
  });

  it('finds documents by full-text search', async () => {
    const hits = await (await app.request('/api/search?q=deckhands')).json() as { items: { snippet: string }[] };
    assert.equal(hits.items.length, 1);
    assert.match(hits.items[0]!.snippet, /deckhands/);
  });

  it('answers errors as JSON with status codes', async () => {
    const missing = await app.request('/api/stories/nope');
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: 'no such story' });
    const bad = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    assert.equal(bad.status, 400);
    const big = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(300_000) });
    assert.equal(big.status, 413);
    const url = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: 'http://10.0.0.1/' }) });
    assert.equal(url.status, 400, 'no fetcher configured: URL ingestion refused');
  });

  it('describes itself in OpenAPI 3.1, with the paths it serves', async () => {
    const doc = await (await app.request('/openapi.json')).json() as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/documents', '/api/stories/{id}', '/api/search']) assert.ok(doc.paths[p], p);
  });

  it('answers every GET route with a body that matches its OpenAPI response schema', async () => {
    const doc = await (await app.request('/openapi.json')).json() as Record<string, unknown> & { paths: Record<string, Record<string, { responses: Record<string, { content?: { 'application/json': { schema: Record<string, unknown> } } }> }>> };
    const docId = ((await (await app.request('/api/documents')).json()) as { items: { id: string }[] }).items[0]!.id;
    const fill = (p: string) => p.replace('/api/documents/{id}', `/api/documents/${docId}`).replace('{id}', storyId);
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get) continue;
      const url = fill(path) + (path === '/api/search' ? '?q=ferry' : '');
      const res = await app.request(url);
      const schema = ops.get.responses[String(res.status)]?.content?.['application/json'].schema;
      assert.ok(schema, `${url}: status ${res.status} is documented`);
      assert.deepEqual(schemaErrors(await res.json(), schema, doc), [], url);
      checked++;
    }
    assert.ok(checked >= 8);
  });

  it('escapes hostile article text on every page and sends a strict Content-Security-Policy', async () => {
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: HOSTILE });
    const { created, storiesTouched } = await res.json() as { created: string[]; storiesTouched: string[] };
    for (const path of ['/', `/stories/${storiesTouched[0]}`, `/documents/${created[0]}`, '/search?q=council']) {
      const page = await app.request(path);
      assert.equal(page.status, 200, path);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      const body = await page.text();
      assert.doesNotMatch(body, /<script>alert|<img src=x|href="javascript:|<\/title><script/, path);
      const scripts = body.match(/<script[^>]*>/g) ?? [];
      assert.deepEqual(scripts, ['<script src="/assets/app.js" defer>'], `${path}: only our own script`);
    }
  });

  it('ingests a pasted article from the form, without JavaScript', async () => {
    const form = new FormData();
    form.set('text', FERRY.replace('Friday', 'Saturday').replace('second', 'third'));
    const res = await app.request('/ingest', { method: 'POST', body: form });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /1 new document\(s\) stored/);
  });
});
