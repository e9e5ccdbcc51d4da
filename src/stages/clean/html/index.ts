/** @module clean/html — main content and metadata from an HTML page. */
export { readHtml } from './read-html.ts';
