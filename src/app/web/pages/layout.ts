/** @module layout — the page frame: landmarks, skip link, one stylesheet and one script (no inline code, for the CSP). */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export function layout(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Synoptic</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site" role="banner">
  <a href="/">Synoptic</a>
  <nav aria-label="Main"><a href="/">Stories</a> · <a href="/ingest">Add articles</a> · <a href="/openapi.json">API</a></nav>
  <form action="/search" method="get" role="search"><label>Search <input name="q" type="search"></label></form>
</header>
<main id="main">${body}</main>
<script src="/assets/app.js" defer></script>
</body>
</html>`;
}

/** "2022-06-09", "2022-06-03 – 2022-06-09" or "undated". */
export function dateLabel(p: { date: string | null; earliest: string | null; latest: string | null }): string {
  if (p.date) return p.date;
  if (p.earliest || p.latest) return `${p.earliest ?? '?'} – ${p.latest ?? '?'}`;
  return 'undated';
}
