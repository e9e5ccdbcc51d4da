/** @module format-story — a story and its cited brief as terminal text (plain, never HTML). */
import type { Article, Report, Span, Story } from '../../core/index.ts';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** "[2] 'cited words'" references: each citation numbered by its document's place in the story. */
function citationLabel(span: Span, docs: Article[]): string {
  const i = docs.findIndex((d) => d.id === span.documentId);
  const doc = docs[i];
  if (!doc) return '[?]';
  return `[${i + 1}] “${clip(doc.text.slice(span.start, span.end).replace(/\s+/g, ' '), 70)}”`;
}

export function formatStory(story: Story, report: Report): string {
  const docs = story.documentIds.flatMap((id) => report.documents.find((d) => d.id === id) ?? []);
  const lines = [`Story: ${story.title}`, `  ${docs.length} document(s)${story.start ? `, ${story.start}${story.end && story.end !== story.start ? ` to ${story.end}` : ''}` : ''}  [id ${story.id}]`];
  if (story.sample) lines.push(`  ${story.sample.basis}`);
  lines.push('');
  docs.forEach((d, i) => {
    const p = d.published;
    const date = p.date ?? (p.earliest ? `${p.earliest}..${p.latest}` : 'undated');
    lines.push(`  [${i + 1}] ${d.title ?? '(no headline)'} — ${d.outlet ?? 'unknown outlet'}${d.wire.length ? ` (wire: ${d.wire.join(', ')})` : ''}, ${date}`);
  });
  const brief = report.briefs.find((b) => b.storyId === story.id);
  lines.push('', 'Brief:');
  if (!brief?.sentences.length) lines.push('  (no brief could be written)');
  for (const s of brief?.sentences ?? []) {
    lines.push(`  • ${s.text}`);
    for (const c of s.citations) lines.push(`      ${citationLabel(c, docs)}`);
  }
  return lines.join('\n');
}
