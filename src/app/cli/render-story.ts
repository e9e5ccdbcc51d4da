/** @module render-story — a stored story's report as Markdown or a self-contained, fully escaped HTML page. */
import type { Report, Story } from '../../core/index.ts';
import { formatStory } from './format-story.ts';

export function renderStoryMarkdown(story: Story, report: Report): string {
  return formatStory(story, report);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderStoryHtml(story: Story, report: Report): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.title)}</title></head>`
    + `<body><main><pre>${escapeHtml(formatStory(story, report))}</pre></main></body></html>`;
}
