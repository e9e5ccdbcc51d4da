/** @module brief — a cited brief per story, its support check, and its Markdown and HTML renderings. */
export { writeBrief, type BriefInput } from './write-brief.ts';
export { defaultBriefOptions, type BriefOptions } from './defaults.ts';
export { checkBrief, supportedShare, briefVocabulary, type SentenceCheck } from './check-brief.ts';
export { renderMarkdown } from './render-markdown.ts';
export { renderHtml } from './render-html.ts';
