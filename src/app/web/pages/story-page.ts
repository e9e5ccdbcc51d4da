/** @module story-page — one story: the cited brief, sources side by side with reused passages, and the comparison. */
import { html } from 'hono/html';
import type { Article, Report, Span, Story } from '../../../core/index.ts';
import { segmentText } from '../segments.ts';
import { layout, dateLabel, type Html } from './layout.ts';
import { cite, claimMatrix, framingTable, quotesTable, timeline, voiceBalance } from './story-sections.ts';

/** Every cited or reused span of a report, filed by document once (a story page has a pane per document). */
function spansByDocument(report: Report) {
  const cuts = new Map<string, Span[]>();
  const reuse = new Map<string, (Span & { k: number })[]>();
  const file = <T extends Span>(m: Map<string, T[]>, s: T) => (m.get(s.documentId) ?? m.set(s.documentId, []).get(s.documentId)!).push(s);
  for (const s of [
    ...report.briefs.flatMap((b) => b.sentences.flatMap((x) => x.citations)),
    ...report.quotes.map((q) => q.span),
    ...report.events.flatMap((e) => e.evidence),
    ...report.comparison.framing.flatMap((f) => f.variants.flatMap((v) => v.evidence)),
  ]) file(cuts, s);
  report.reuse.forEach((r, k) => { file(reuse, { ...r.a, k }); file(reuse, { ...r.b, k }); });
  return { cuts, reuse };
}

/** One document's text, cut at every cited or reused boundary; each piece an anchorable, highlightable span. */
function sourcePane(doc: Article, index: number, spans: ReturnType<typeof spansByDocument>): Html {
  const cuts = spans.cuts.get(doc.id) ?? [];
  const mine = spans.reuse.get(doc.id) ?? [];
  const segments = segmentText(doc.text.length, cuts, mine);
  return html`<section class="pane" id="doc-${doc.id}" aria-label="Source ${index + 1}">
<h3>[${index + 1}] <a href="/documents/${doc.id}">${doc.title ?? '(no headline)'}</a></h3>
<p class="muted">${doc.outlet ?? 'unknown outlet'}${doc.wire.length ? ` · wire: ${doc.wire.join(', ')}` : ''} · ${dateLabel(doc.published)}</p>
<pre>${segments.map((s) => {
    const passage = s.reuse >= 0 ? mine[s.reuse]!.k : -1;
    return html`<span class="seg${passage >= 0 ? ` reuse-${passage % 6}` : ''}" id="s-${doc.id}-${s.start}" data-s="${s.start}" data-e="${s.end}">${doc.text.slice(s.start, s.end)}</span>`;
  })}</pre></section>`;
}

/** Who copied whom: documents as nodes, an arrow from original to copy for each directed reuse passage. */
function provenanceSvg(report: Report, docs: Article[]): Html {
  const x = (i: number) => 80 + i * 200;
  const edges = new Map<string, [number, number]>();
  const at = new Map(docs.map((d, i) => [d.id, i]));
  for (const r of report.reuse) {
    const a = at.get(r.a.documentId) ?? -1;
    const b = at.get(r.b.documentId) ?? -1;
    if (a < 0 || b < 0 || r.direction === 'unknown') continue;
    const [from, to] = r.direction === 'a->b' ? [a, b] : [b, a];
    edges.set(`${from}-${to}`, [from, to]);
  }
  const width = Math.max(240, 160 + (docs.length - 1) * 200);
  return html`<svg width="${width}" height="150" role="img" aria-label="Provenance: ${edges.size} copy relation(s) among ${docs.length} documents">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#5f6368"></path></marker></defs>
${[...edges.values()].map(([f, t]) => html`<path d="M${x(f)},60 Q${(x(f) + x(t)) / 2},${f < t ? 10 : 110} ${x(t)},60" fill="none" stroke="#5f6368" stroke-width="2" marker-end="url(#arrow)"></path>`)}
${docs.map((d, i) => html`<g><circle cx="${x(i)}" cy="60" r="18" fill="#dbeafe" stroke="#0b57d0"></circle><text x="${x(i)}" y="65" text-anchor="middle">${i + 1}</text><text x="${x(i)}" y="105" text-anchor="middle" font-size="12">${(d.outlet ?? d.title ?? '').slice(0, 28)}</text></g>`)}
</svg>`;
}

export function storyPage(story: Story, report: Report): Html {
  const byId = new Map(report.documents.map((d) => [d.id, d]));
  const docs = story.documentIds.flatMap((id) => byId.get(id) ?? []);
  const brief = report.briefs.find((b) => b.storyId === story.id);
  const groups = report.provenance.groups.filter((g) => g.documentIds.some((id) => story.documentIds.includes(id)));
  return layout(story.title, html`
<h1>${story.title}</h1>
<p class="muted">${docs.length} documents · ${groups.length} independent source(s)${story.start ? ` · ${story.start}${story.end && story.end !== story.start ? ` – ${story.end}` : ''}` : ''}</p>
${story.sample ? html`<p class="muted">A very big story: ${story.sample.basis}.</p>` : ''}
<section aria-labelledby="brief-h"><h2 id="brief-h">Brief</h2>
${brief?.sentences.length ? html`<ol class="brief">${brief.sentences.map((s) => html`<li>${s.text} ${s.citations.map((c) => cite(c, docs))}</li>`)}</ol>` : html`<p class="muted">No brief could be written.</p>`}
</section>
<section aria-labelledby="sources-h"><h2 id="sources-h">Sources side by side</h2>
<p class="muted">Passages reused between sources share a colour.</p>
<div class="panes">${((spans) => docs.map((d, i) => sourcePane(d, i, spans)))(spansByDocument(report))}</div></section>
<section aria-labelledby="claims-h"><h2 id="claims-h">Claims × sources</h2>${claimMatrix(report, docs)}</section>
<section aria-labelledby="quotes-h"><h2 id="quotes-h">Who said what</h2>${quotesTable(report, docs)}</section>
<section aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>${timeline(report, docs)}</section>
<section aria-labelledby="prov-h"><h2 id="prov-h">Who copied whom</h2>${provenanceSvg(report, docs)}</section>
<section aria-labelledby="framing-h"><h2 id="framing-h">Framing</h2>${framingTable(report, docs)}</section>
<section aria-labelledby="voices-h"><h2 id="voices-h">Whose voices</h2>${voiceBalance(report, docs)}</section>
${report.sourceFlags.length ? html`<section aria-labelledby="flags-h"><h2 id="flags-h">Flags</h2><ul>${report.sourceFlags.map((f) => html`<li><strong>${f.kind}</strong>: ${f.message} ${f.evidence.map((s) => cite(s, docs))}</li>`)}</ul></section>` : ''}
`);
}
