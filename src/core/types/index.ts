/** @module core/types — Synoptic's vocabulary. */
export * from './span.ts';
export * from './article.ts';
export * from './story.ts';
export * from './entity.ts';
export * from './quote.ts';
export * from './number-fact.ts';
export * from './time-expr.ts';
export * from './event.ts';
export * from './reuse.ts';
export * from './claim.ts';
export * from './brief.ts';
export * from './report.ts';
export * from './extraction.ts';
