/**
 * @module render-story — a stored story's cited brief as Markdown or as a self-contained, fully escaped
 * HTML page, through the brief stage's own renderers (the same output as the rest of Synoptic).
 */
import type { Report, Story } from '../../core/index.ts';
import { renderHtml, renderMarkdown } from '../../stages/brief/index.ts';

/** What the brief renderers need from a report: the story's brief (empty when none was written) and its documents. */
function briefInput(story: Story, report: Report) {
  const brief = report.briefs.find((b) => b.storyId === story.id) ?? { storyId: story.id, sentences: [] };
  const documents = report.documents.filter((d) => story.documentIds.includes(d.id));
  return { story, brief, documents };
}

export function renderStoryMarkdown(story: Story, report: Report): string {
  return renderMarkdown(briefInput(story, report));
}

export function renderStoryHtml(story: Story, report: Report): string {
  return renderHtml(briefInput(story, report));
}
