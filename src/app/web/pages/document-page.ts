/** @module document-page — one cleaned document: text with removed boilerplate struck through, date evidence, entities. */
import { html } from 'hono/html';
import type { Article, Report } from '../../../core/index.ts';
import { layout, dateLabel, type Html } from './layout.ts';

export function documentPage(doc: Article, report: Report | null): Html {
  const removed = [...doc.boilerplate].sort((a, b) => a.span.start - b.span.start);
  const parts: Html[] = [];
  let at = 0;
  for (const b of removed) {
    if (b.span.start < at) continue;
    parts.push(html`${doc.text.slice(at, b.span.start)}`);
    parts.push(html`<del class="boilerplate" title="${b.reason}">${doc.text.slice(b.span.start, b.span.end)}</del>`);
    at = b.span.end;
  }
  parts.push(html`${doc.text.slice(at)}`);
  const entities = report?.entities.filter((e) => e.mentions.some((m) => m.documentId === doc.id)) ?? [];
  return layout(doc.title ?? doc.path, html`
<h1>${doc.title ?? '(no headline)'}</h1>
${doc.subtitle ? html`<p><em>${doc.subtitle}</em></p>` : ''}
<dl class="muted">
  <dt>Outlet</dt><dd>${doc.outlet ?? 'unknown'}${doc.wire.length ? ` (wire: ${doc.wire.join(', ')})` : ''}</dd>
  <dt>Byline</dt><dd>${doc.byline ?? '—'}</dd>
  <dt>Published</dt><dd>${dateLabel(doc.published)} (confidence ${doc.published.confidence.toFixed(2)}): ${doc.published.basis}</dd>
  <dt>Source</dt><dd>${doc.url ?? doc.path}</dd>
</dl>
${doc.rejectedDates.length ? html`<h2>Rejected dates</h2><ul>${doc.rejectedDates.map((r) => html`<li>${r.date}: ${r.reason}</li>`)}</ul>` : ''}
<h2>Text</h2>
<section class="pane" aria-label="Document text"><pre>${parts}</pre></section>
<h2>Entities</h2>
${entities.length ? html`<table><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Role</th><th scope="col">Also called</th></tr></thead>
<tbody>${entities.map((e) => html`<tr><td>${e.name}</td><td>${e.type}</td><td>${e.description ?? ''}</td><td>${e.aliases.join(', ')}</td></tr>`)}</tbody></table>` : html`<p class="muted">None found.</p>`}`);
}
