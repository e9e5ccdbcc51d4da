/** @module ingest — read files, folders, records and URLs into RawArticles, with a clear problem line per bad input. */
export { ingestPaths, type IngestResult } from './ingest-paths.ts';
export { defaultIngestOptions, type IngestOptions } from './defaults.ts';
export { ingestBytes, type NamedBytes } from './ingest-bytes.ts';
export { ingestFetched } from './ingest-fetched.ts';
export { walkFolder, type WalkEntry } from './walk-inputs.ts';
