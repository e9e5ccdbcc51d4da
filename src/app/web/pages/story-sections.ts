/** @module story-sections — the parts of a story page that tabulate: claims × sources, quotes, timeline, framing, voices. */
import { html } from 'hono/html';
import type { Article, Report, Span } from '../../../core/index.ts';
import type { Html } from './layout.ts';
import { dateLabel } from './layout.ts';

/** A citation link: works as an anchor without JavaScript, highlights its span with it. */
export function cite(span: Span, docs: Article[]): Html {
  const i = docs.findIndex((d) => d.id === span.documentId);
  const words = docs[i]?.text.slice(span.start, span.end) ?? '';
  return html`<a class="cite" href="#s-${span.documentId}-${span.start}" data-doc="${span.documentId}" data-start="${span.start}" data-end="${span.end}" title="${words.slice(0, 200)}">${i + 1}</a>`;
}

const docsIn = (spans: Span[]) => new Set(spans.map((s) => s.documentId));

export function claimMatrix(report: Report, docs: Article[]): Html {
  type Row = { claim: string; cells: Map<string, 'agrees' | 'conflicts'> };
  const rows: Row[] = [];
  for (const a of report.comparison.agreements) rows.push({ claim: a.claim, cells: new Map([...docsIn(a.evidence)].map((d) => [d, 'agrees'])) });
  for (const c of report.comparison.conflicts) {
    const cells = new Map<string, 'agrees' | 'conflicts'>();
    for (const v of c.values) for (const d of docsIn(v.evidence)) cells.set(d, 'conflicts');
    rows.push({ claim: `${c.topic}: ${c.values.map((v) => v.value).join(' vs ')}`, cells });
  }
  for (const u of report.comparison.unique) rows.push({ claim: u.claim, cells: new Map([[u.documentId, 'agrees']]) });
  if (!rows.length) return html`<p class="muted">No claims could be compared.</p>`;
  return html`<table class="matrix"><thead><tr><th scope="col">Claim</th>${docs.map((d, i) => html`<th scope="col">[${i + 1}] ${d.outlet ?? d.title ?? d.id}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.claim}</th>${docs.map((d) => {
    const v = r.cells.get(d.id);
    return v ? html`<td class="${v === 'agrees' ? 'agree' : 'conflict'}">${v}</td>` : html`<td class="silent">silent</td>`;
  })}</tr>`)}</tbody></table>`;
}

export function quotesTable(report: Report, docs: Article[]): Html {
  if (!report.quotes.length) return html`<p class="muted">No quotes found.</p>`;
  const roles = new Map(report.entities.map((e) => [e.id, e.description ?? '']));
  return html`<table><thead><tr><th scope="col">Speaker</th><th scope="col">Role</th><th scope="col">Kind</th><th scope="col">Words</th><th scope="col">Source</th></tr></thead>
<tbody>${report.quotes.map((q) => html`<tr><td>${q.speaker ?? 'unattributed'}</td><td>${q.speakerId ? roles.get(q.speakerId) ?? '' : ''}</td><td>${q.kind}</td><td>${q.text.slice(0, 400)}</td><td>${cite(q.span, docs)}</td></tr>`)}</tbody></table>`;
}

export function timeline(report: Report, docs: Article[]): Html {
  if (!report.events.length) return html`<p class="muted">No dated events found.</p>`;
  return html`<ol class="timeline">${report.events.map((e) => html`<li><strong>${dateLabel(e.date)}</strong> — ${e.type}: ${e.summary} ${e.evidence.map((s) => cite(s, docs))}</li>`)}</ol>`;
}

export function framingTable(report: Report, docs: Article[]): Html {
  if (!report.comparison.framing.length) return html`<p class="muted">No framing differences found.</p>`;
  return html`<table><thead><tr><th scope="col">Concept</th><th scope="col">Variants</th></tr></thead>
<tbody>${report.comparison.framing.map((f) => html`<tr><th scope="row">${f.concept}</th><td><ul>${f.variants.map((v) => html`<li>“${v.text}” ${v.evidence.map((s) => cite(s, docs))}</li>`)}</ul></td></tr>`)}</tbody></table>`;
}

/** Quotes per outlet, by the speaker's affiliation (country or organisation), as a bar chart in a table. */
export function voiceBalance(report: Report, docs: Article[]): Html {
  const byId = new Map(report.entities.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const q of report.quotes) {
    const speaker = q.speakerId ? byId.get(q.speakerId) : undefined;
    const side = (speaker?.affiliationId && byId.get(speaker.affiliationId)?.name) || speaker?.name || 'unattributed';
    const key = `${q.span.documentId}\u0000${side}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (!counts.size) return html`<p class="muted">No voices to count.</p>`;
  const max = Math.max(...counts.values());
  const rows = [...counts].map(([k, n]) => { const [doc, side] = k.split('\u0000'); return { doc: doc!, side: side!, n }; });
  return html`<table><thead><tr><th scope="col">Source</th><th scope="col">Voice</th><th scope="col">Quotes</th></tr></thead>
<tbody>${rows.map((r) => {
    const i = docs.findIndex((d) => d.id === r.doc);
    return html`<tr><td>[${i + 1}] ${docs[i]?.outlet ?? docs[i]?.title ?? ''}</td><td>${r.side}</td><td><svg width="120" height="12" role="img" aria-label="${r.n} quotes"><rect width="${Math.max(2, Math.round((r.n / max) * 120))}" height="12" fill="#0b57d0"></rect></svg> ${r.n}</td></tr>`;
  })}</tbody></table>`;
}
