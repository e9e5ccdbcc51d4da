/** @module stories/story-time — documents' days, the stream clock, and how far apart in time two things are. */
import type { Article } from '../../core/index.ts';

const DAY_MS = 86_400_000;

/** A closed interval of days since 1970-01-01 (fractional when the input carried a time). */
export interface DayRange {
  lo: number;
  hi: number;
}

/** Days since the epoch of an ISO date or datetime, or null when it does not parse. */
export function dayOf(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const ms = Date.parse(value.length === 10 ? value + 'T00:00:00Z' : value);
  return Number.isFinite(ms) ? ms / DAY_MS : null;
}

/**
 * The days a document may have been published: its date, else its earliest–latest interval when that
 * is at most `maxSpanDays` wide, else null (an interval of years says nothing about which event it is).
 */
export function docDays(doc: Article, maxSpanDays: number): DayRange | null {
  const p = doc.published;
  const d = dayOf(p.date);
  if (d !== null) return { lo: d, hi: d };
  const lo = dayOf(p.earliest);
  const hi = dayOf(p.latest);
  return lo !== null && hi !== null && hi >= lo && hi - lo <= maxSpanDays ? { lo, hi } : null;
}

/** Days between two intervals (0 when they overlap). */
export function gapDays(a: DayRange, b: DayRange): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}

/** Similarity multiplier for a time gap: 1 within the grace period, then halving every `halfLife` days. */
export function timeFactor(gap: number, graceDays: number, halfLifeDays: number): number {
  return gap <= graceDays ? 1 : Math.pow(0.5, (gap - graceDays) / halfLifeDays);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(Math.floor(day) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The stream clock: the median day of the last few dated arrivals. One document dated 1970 or 2099
 * cannot move it; a stream that really moves on moves it within half a window.
 */
export class StreamClock {
  constructor(private readonly size: number, private recent: number[] = []) {}

  push(day: number): void {
    this.recent.push(day);
    if (this.recent.length > this.size) this.recent.shift();
  }

  /** Null until three dated documents have arrived. */
  now(): number | null {
    if (this.recent.length < 3) return null;
    const sorted = [...this.recent].sort((a, b) => a - b);
    return sorted[(sorted.length - 1) >> 1]!;
  }

  toState(): number[] {
    return [...this.recent];
  }
}
