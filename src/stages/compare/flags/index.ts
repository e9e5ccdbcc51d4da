/** @module flags — what a careful reader would flag in the sources. */
export { findGarbledAcronyms } from './garbled-acronym.ts';
export { findCutOffSentences } from './cut-off-sentence.ts';
export { findDateContradictions } from './date-contradiction.ts';
export { findQuoteMisattributions } from './quote-misattribution.ts';
