/** @module compare — agreements, conflicts, unique claims, framing and source flags for one story. */
export { compare, type CompareInput, type CompareResult } from './compare.ts';
export { defaultCompareOptions, type CompareOptions } from './defaults.ts';
