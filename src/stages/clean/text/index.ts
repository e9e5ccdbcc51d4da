/** @module clean/text — plain scraped text: classify every line, keep the article, say why the rest went. */
export { readPlainText } from './read-plain-text.ts';
export { classifyLines, type LineInfo } from './classify-lines.ts';
export { findAgencies } from './find-agencies.ts';
