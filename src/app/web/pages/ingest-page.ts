/** @module ingest-page — paste text or a URL, or upload files; a plain form that works without JavaScript. */
import { html } from 'hono/html';
import { layout, type Html } from './layout.ts';

export function ingestPage(message?: string): Html {
  return layout('Add articles', html`
<h1>Add articles</h1>
${message ? html`<p role="status">${message}</p>` : ''}
<form class="ingest" method="post" action="/ingest" enctype="multipart/form-data">
  <p><label for="text">Paste an article (plain text or HTML)</label><br><textarea id="text" name="text"></textarea></p>
  <p><label for="url">or a URL</label> <input id="url" name="url" type="url" size="60"></p>
  <p><label for="files">or upload files</label> <input id="files" name="files" type="file" multiple></p>
  <p><button type="submit">Analyse</button> <progress id="ingest-progress" max="1" hidden aria-label="Upload progress">Uploading…</progress></p>
</form>`);
}
