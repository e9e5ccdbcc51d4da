/**
 * The web UI in a real browser: playwright-core driving Debian's chromium against the server on 127.0.0.1.
 * Skips with a printed reason when chromium is not installed (.ci/run installs it).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openSqliteStore } from '../../src/adapters/store-sqlite/index.ts';
import { createApp } from '../../src/app/http/create-app.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `chromium not found at ${CHROMIUM}`;
if (skip) console.log(`# skipping browser tests: ${skip}`);

const HOSTILE = `Harbour board vote sparks protest <script>window.__xss = 1</script>

Protesters gathered outside the harbour board on Monday <img src=x onerror="window.__xss = 2"> after the vote, police said.

One banner read <a href="javascript:window.__xss=3">click</a> and another </title><script>window.__xss = 4</script> the board said.
`;

describe('web UI in a browser', { skip }, () => {
  const store = openSqliteStore(':memory:');
  let server: ServerType;
  let base = '';
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    await ingestIntoStore(store, ['examples/demo'], { now: new Date('2026-01-01T00:00:00Z') });
    const app = createApp({ store });
    await new Promise<void>((resolve) => { server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve()); });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    mkdirSync('docs/screenshots', { recursive: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    await store.close();
  });

  it('lists the demo story and opens it', async () => {
    await page.goto(base + '/');
    await page.screenshot({ path: 'docs/screenshots/stories.png' });
    const link = page.locator('main table a').first();
    assert.ok(await link.count());
    await link.click();
    await page.waitForSelector('h1');
    assert.match(page.url(), /\/stories\//);
  });

  it('highlights the cited span in its source pane when a citation is hovered or focused', async () => {
    const cite = page.locator('.brief .cite').first();
    assert.ok(await cite.count(), 'the brief has citations');
    await cite.hover();
    assert.ok(await page.locator('.seg.hl').count() > 0, 'hover highlights');
    await page.screenshot({ path: 'docs/screenshots/story.png', fullPage: false });
    await page.mouse.move(0, 0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await cite.focus();
    assert.ok(await page.locator('.seg.hl').count() > 0, 'focus highlights');
  });

  it('renders the claim matrix, quotes, timeline and provenance graph', async () => {
    for (const id of ['#claims-h', '#quotes-h', '#timeline-h', '#prov-h']) assert.equal(await page.locator(id).count(), 1, id);
    assert.ok(await page.locator('table.matrix th[scope="col"]').count() >= 2, 'claim matrix has source columns');
    assert.equal(await page.locator('section[aria-labelledby="prov-h"] svg[role="img"]').count(), 1);
  });

  it('has landmarks and a skip link reached first by the keyboard', async () => {
    await page.goto(base + '/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    for (const sel of ['header[role="banner"]', 'nav', 'main']) assert.equal(await page.locator(sel).count(), 1, sel);
  });

  it('runs none of the script hidden in an article', async () => {
    const res = await page.request.post(base + '/api/documents', { headers: { 'content-type': 'text/plain' }, data: HOSTILE });
    const { created, storiesTouched } = await res.json() as { created: string[]; storiesTouched: string[] };
    for (const path of [`/documents/${created[0]}`, `/stories/${storiesTouched[0]}`, '/search?q=harbour']) {
      await page.goto(base + path);
      await page.locator('a[href^="javascript:"]').count().then((n) => assert.equal(n, 0, `${path}: no javascript: link`));
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, path);
    }
    assert.deepEqual(dialogs, []);
  });
});

describe('ingest page in a browser', { skip }, () => {
  it('uploads pasted text with a progress bar and shows what was stored', async () => {
    const store = openSqliteStore(':memory:');
    const app = createApp({ store });
    let server!: ServerType;
    await new Promise<void>((resolve) => { server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve()); });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`);
      await page.fill('#text', 'Library extends opening hours\n\nThe city library will open until 9 p.m. on weekdays from next month, the council said on Wednesday.');
      await page.click('button[type="submit"]');
      await page.waitForSelector('[role="status"]');
      assert.match(await page.locator('[role="status"]').innerText(), /1 new document\(s\) stored/);
      await page.screenshot({ path: 'docs/screenshots/ingest.png' });
    } finally {
      await browser.close();
      server.close();
      await store.close();
    }
  });
});
