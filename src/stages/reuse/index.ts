/** @module reuse — near-duplicates, aligned passages with their edits, who copied whom, provenance groups. */
export { findReuse } from './find-reuse.ts';
export { groupOf, independentSources } from './independent-sources.ts';
export { defaultReuseOptions, type ReuseOptions } from './defaults.ts';
