/** @module stories-page — every stored story: title, time span, outlets, documents, independent sources. */
import { html } from 'hono/html';
import type { Story } from '../../../core/index.ts';
import { layout, type Html } from './layout.ts';

export function storiesPage(stories: Story[]): Html {
  const rows = stories.map((story) => ({ story }));
  const body = rows.length
    ? html`<table>
  <caption class="muted">${rows.length} stories</caption>
  <thead><tr><th scope="col">Story</th><th scope="col">When</th><th scope="col">Outlets</th><th scope="col">Documents</th><th scope="col">Independent sources</th></tr></thead>
  <tbody>${rows.map((r) => html`<tr>
    <td><a href="/stories/${encodeURIComponent(r.story.id)}">${r.story.title}</a></td>
    <td>${r.story.start ?? ''}${r.story.end && r.story.end !== r.story.start ? ` – ${r.story.end}` : ''}</td>
    <td>${r.story.outlets.join(', ')}</td>
    <td>${r.story.documentIds.length}</td>
    <td>${r.story.independentSources ?? '—'}</td></tr>`)}</tbody>
</table>`
    : html`<p>No stories yet. <a href="/ingest">Add articles</a> or run <code>synoptic ingest &lt;folder&gt;</code>.</p>`;
  return layout('Stories', html`<h1>Stories</h1>${body}`);
}
