/** @module stories/story-span — a story's first and last publication day from its members' dates. */
import type { Article } from '../../core/index.ts';
import { docDays, isoDay } from './story-time.ts';

/**
 * First and last day among the members' publication dates, counting a member with only an interval
 * by that interval when it is at most `maxSpanDays` wide (a wider one says too little to bound the story).
 * Run after extraction has narrowed undated members' intervals, so they count too.
 */
export function storySpan(docs: readonly Article[], maxSpanDays = 31): { start: string | null; end: string | null } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const doc of docs) {
    const days = docDays(doc, maxSpanDays);
    if (!days) continue;
    lo = Math.min(lo, days.lo);
    hi = Math.max(hi, days.hi);
  }
  return Number.isFinite(lo) ? { start: isoDay(lo), end: isoDay(hi) } : { start: null, end: null };
}
