/** @module core — vocabulary, ports and errors; imports nothing else of the project. */
export * from './types/index.ts';
export * from './errors.ts';
export type * from './ports/store.ts';
export type * from './ports/queue.ts';
