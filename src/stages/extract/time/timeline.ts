/**
 * @module time/timeline — resolve a document's mentions in reading order against each possible anchor day,
 * carrying the reference date ("two weeks later") and the quarter in focus from one mention to the next;
 * then merge the readings: days covered are their union, the value is kept only when all agree.
 */
import type { Published } from '../../../core/index.ts';
import { parseIsoDay } from '../../../lib/time/calendar-day.ts';
import type { Mention } from './mentions.ts';
import { resolveSpec, type Resolved, type ResolveContext } from './resolve.ts';

/** The days the document may have been written on: one when certain, every day of a short interval, the ends of a long one. */
export function anchorDays(published: Pick<Published, 'date' | 'earliest' | 'latest'>, maxDays: number): number[] {
  const exact = parseIsoDay(published.date);
  if (exact != null) return [exact];
  const lo = parseIsoDay(published.earliest);
  const hi = parseIsoDay(published.latest);
  if (lo == null || hi == null) return [];
  if (hi - lo + 1 <= maxDays) return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return [lo, hi];
}

const NAMED = new Set<Mention['spec']['k']>(['date', 'period', 'holiday', 'era', 'weekday']);

/** Every mention resolved against one anchor day (null: no anchor). */
export function resolveAt(mentions: Mention[], anchor: number | null): Resolved[] {
  const ctx: ResolveContext = { anchor, tense: 'past', reference: null, quarter: null, lastDated: null };
  return mentions.map((m) => {
    const r = resolveSpec(m.spec, { ...ctx, tense: m.tense, quarterTalk: m.quarterTalk });
    if (r.kind !== 'duration' && r.grain === 'day' && r.earliest != null && m.spec.k !== 'ref') ctx.reference = r.earliest;
    // Only a date named on the calendar sets the scene for "that year"; comparisons ("a year earlier") do not.
    if (NAMED.has(m.spec.k) && r.grain != null && r.earliest != null) ctx.lastDated = { day: r.earliest, grain: r.grain };
    if (r.grain === 'quarter' && r.value && m.spec.k === 'period' && (m.spec.index !== 0 || (!m.spec.rel && m.spec.year == null))) ctx.quarter = { year: Number(r.value.slice(0, 4)), q: Number(r.value.slice(6)) };
    if (m.since && r.earliest != null) return { ...r, latest: anchor };
    return r;
  });
}

/** Resolve against every anchor and merge: union of days, value only where every reading agrees. */
export function resolveAcross(mentions: Mention[], anchors: number[]): Resolved[] {
  if (!anchors.length) return resolveAt(mentions, null);
  const readings = anchors.map((a) => resolveAt(mentions, a));
  return mentions.map((_, i) => {
    const all = readings.map((r) => r[i]!);
    const first = all[0]!;
    const value = all.every((r) => r.value === first.value) ? first.value : null;
    const earliest = all.some((r) => r.earliest == null) ? null : Math.min(...all.map((r) => r.earliest!));
    const latest = all.some((r) => r.latest == null) ? null : Math.max(...all.map((r) => r.latest!));
    return { ...first, value, earliest, latest };
  });
}
