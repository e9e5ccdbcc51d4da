/** @module clean/pub-date — choose the publication date from candidates, with confidence; reject the impossible with reasons. */
export { choosePublished, type DateChoice } from './choose-published.ts';
export { parseDate, findDates, findMonthYears, isoOf, daysCovered, type DateValue, type FoundDate } from './parse-date.ts';
export { findIndirectEvidence, type IndirectEvidence } from './indirect-evidence.ts';
