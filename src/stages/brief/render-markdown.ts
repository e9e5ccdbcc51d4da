/** @module render-markdown — a brief as Markdown: numbered references after each sentence, the cited words listed below. */
import { briefView, type BriefViewInput } from './brief-view.ts';

/** Backslash-escape everything Markdown (or inline HTML) could read as syntax, so article text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&#]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

export function renderMarkdown(input: BriefViewInput): string {
  const v = briefView(input);
  const lines = [`# ${escapeMarkdown(v.title)}`, ''];
  if (v.sentences.length === 0) lines.push('_No brief: the story has no sentences that could be cited._', '');
  for (const s of v.sentences) lines.push(`- ${escapeMarkdown(s.text)} ${s.refs.map((n) => `[^${n}]`).join('')}`.trimEnd());
  lines.push('');
  for (const c of v.citations) {
    lines.push(`[^${c.n}]: ${escapeMarkdown(c.source)} (characters ${c.span.start}–${c.span.end}): “${escapeMarkdown(c.quote)}”`);
  }
  return lines.join('\n') + '\n';
}
