/**
 * @module time/resolve — a Spec and an anchor day (the document date) into a TimeML value and the days covered.
 * News conventions: a bare weekday is the latest such day on or before the anchor in past tense, the next on
 * or after it in future tense; a month or day without a year is the nearest one in the direction of the tense.
 */
import { dayOf, isoWeekday, pad, ymdOf } from '../../../lib/time/calendar-day.ts';
import { halfUnit, monthUnit, quarterUnit, seasonUnit, shiftDay, unitContaining, yearsUnit, type Covered } from './grain.ts';
import type { Unit } from './lexicon.ts';
import type { Clock, Grain, Part, Spec } from './spec.ts';

export type Tense = 'past' | 'future' | 'present';
export type Kind = 'date' | 'time' | 'duration' | 'set';

export interface ResolveContext {
  /** The document date (day number), or null when unknown. */
  anchor: number | null;
  tense: Tense;
  /** The latest date mentioned before this expression, for "two weeks later"; null falls back to the anchor. */
  reference: number | null;
  /** The latest date of any calendar grain mentioned before ("June 1998" for "later that year"), with its grain. */
  lastDated?: { day: number; grain: Grain } | null;
  /** The last quarter mentioned before ("the quarter", "a year earlier" in results news). */
  quarter: { year: number; q: number } | null;
  /** The sentence talks about quarters: a year back is the year-ago quarter. */
  quarterTalk?: boolean;
}

export interface Resolved {
  kind: Kind;
  value: string | null;
  /** Days covered (day numbers), or null when open or unknown. */
  earliest: number | null;
  latest: number | null;
  grain: Grain | null;
}

/** Calendar grains from fine to coarse. */
export const GRAIN_RANK: Record<Grain, number> = { day: 0, week: 1, weekend: 1, month: 2, quarter: 3, half: 3, season: 3, year: 4, decade: 5, century: 6 };

const none = (kind: Kind): Resolved => ({ kind, value: null, earliest: null, latest: null, grain: null });
const covered = (c: Covered, grain: Grain, kind: Kind = 'date'): Resolved => ({ kind, value: c.value, earliest: c.first, latest: c.last, grain });

export function kindOf(spec: Spec): Kind {
  if (spec.k === 'duration') return 'duration';
  if (spec.k === 'set') return 'set';
  if (spec.k === 'clock') return 'time';
  if ((spec.k === 'date' || spec.k === 'weekday') && spec.clock) return 'time';
  if ((spec.k === 'weekday' || spec.k === 'rel') && spec.pod) return 'time';
  return 'date';
}

export function resolveSpec(spec: Spec, ctx: ResolveContext): Resolved {
  const kind = kindOf(spec);
  const a = ctx.anchor;
  switch (spec.k) {
    case 'ref': {
      const value = spec.value;
      if (a == null) return { kind, value, earliest: null, latest: null, grain: null };
      return { kind, value, earliest: value === 'FUTURE_REF' ? a : value === 'PAST_REF' ? null : a, latest: value === 'PAST_REF' ? a : value === 'FUTURE_REF' ? null : a, grain: null };
    }
    case 'set': return { kind, value: spec.value, earliest: null, latest: null, grain: null };
    case 'duration': return duration(spec.n, spec.unit, spec.cover, a);
    case 'era': return covered(yearsUnit(spec.value, spec.first, spec.last), spec.grain);
    case 'date': return date(spec, ctx);
    case 'holiday': return holiday(spec.rule, spec.year, ctx);
    case 'clock': {
      // A bare clock time is on the day last named ("polls closed on May 4 ... results came at 11 p.m."), else the document's.
      const base = ctx.reference ?? a;
      return base == null ? none(kind) : withClock(unitContaining('day', base), spec.clock);
    }
    case 'weekday': {
      if (a == null) return none(kind);
      const day = weekdayDay(spec.dow, spec.shift, a, ctx.tense);
      const c = unitContaining('day', day);
      if (spec.clock) return withClock(c, spec.clock);
      // "Wednesday evening" keeps its part of day; "Wednesday night/morning" are annotated as the day itself more often than not.
      return spec.pod === 'EV' || spec.pod === 'AF' ? withPod(c, spec.pod) : covered(c, 'day', spec.pod ? 'time' : 'date');
    }
    case 'weekend': {
      if (a == null) return none(kind);
      return covered(unitContaining('weekend', weekdayDay(6, 'auto', a, ctx.tense)), 'weekend');
    }
    case 'rel': {
      if (a == null) return none(kind);
      if (spec.grain === 'year' && spec.n === -1 && !spec.part && ctx.quarter && ctx.quarterTalk) return covered(quarterUnit(ctx.quarter.year - 1, ctx.quarter.q), 'quarter');
      const c = unitContaining(spec.grain, shiftDay(a, spec.grain, spec.n));
      // "tonight" is the evening of the day being reported: the day itself (TimeML practice).
      if (spec.pod) return spec.n === 0 && spec.pod === 'NI' ? covered(c, 'day', 'time') : withPod(c, spec.pod);
      return narrow(covered(c, spec.grain), spec.part, a);
    }
    case 'offset': {
      // "later that year", "the following month": the last date named at that grain or finer; "two days later": the last day named.
      const coarse = ctx.lastDated && GRAIN_RANK[ctx.lastDated.grain] <= GRAIN_RANK[spec.unit === 'hour' || spec.unit === 'minute' ? 'day' : spec.unit] ? ctx.lastDated.day : null;
      const base = spec.from === 'reference' ? coarse ?? ctx.reference ?? a : a;
      if (base == null || !Number.isInteger(spec.n)) return none(kind);
      if (spec.unit === 'hour' || spec.unit === 'minute') return covered(unitContaining('day', base), 'day');
      const grain: Grain = spec.unit === 'quarter' && ctx.quarter ? 'quarter' : spec.unit;
      if (grain === 'quarter' && ctx.quarter) return covered(quarterUnit(ctx.quarter.year, ctx.quarter.q + spec.sign * spec.n * 1), 'quarter');
      if (spec.unit === 'year' && spec.n === 1 && ctx.quarter && ctx.quarterTalk) {
        return covered(quarterUnit(ctx.quarter.year - 1, ctx.quarter.q), 'quarter');
      }
      return covered(unitContaining(grain, shiftDay(base, grain, spec.sign * spec.n)), grain);
    }
    case 'period': return period(spec, ctx);
  }
}

/** The weekday `dow` (1 = Monday) nearest the anchor in the direction the tense or modifier says. */
export function weekdayDay(dow: number, shift: 'auto' | 'last' | 'next' | 'this' | 'past', anchor: number, tense: Tense): number {
  const wd = isoWeekday(anchor);
  if (shift === 'this') return anchor - wd + dow;
  const back = (wd - dow + 7) % 7;
  const ahead = (dow - wd + 7) % 7;
  if (shift === 'last') return anchor - (back || 7);
  if (shift === 'next') return anchor + (ahead || 7);
  return tense === 'future' && shift !== 'past' ? anchor + ahead : anchor - back;
}

function date(spec: Extract<Spec, { k: 'date' }>, ctx: ResolveContext): Resolved {
  let year = spec.year;
  if (year == null) {
    if (ctx.anchor == null || spec.month == null) return none(kindOf(spec));
    year = spec.yearRel != null ? ymdOf(ctx.anchor).year + spec.yearRel : yearFor(spec.month, spec.day ?? (spec.rel ? 1 : 15), ctx, spec.rel);
  }
  const c = spec.grain === 'day' || spec.grain === 'week' ? unitContaining(spec.grain, dayOf(year, spec.month!, spec.day!))
    : spec.grain === 'month' ? monthUnit(year, spec.month!) : yearsUnit(pad(year, 4), year, year);
  if (spec.clock) return withClock(c, spec.clock);
  return narrow(covered(c, spec.grain), spec.part, ctx.anchor);
}

/** The year for a month/day named without one: relative (last/next/this) or by tense, nearest the anchor. */
function yearFor(month: number, day: number, ctx: ResolveContext, rel?: number): number {
  const { year, month: am, day: ad } = ymdOf(ctx.anchor!);
  const cmp = month !== am ? month - am : day - ad;
  if (rel === 0) return year;
  if (rel === -1) return cmp > -1 ? year - 1 : year;
  if (rel === 1) return cmp < 1 ? year + 1 : year;
  // Same year as the anchor (TimeML practice, and best on TempEval-3), unless that is a season away against the
  // tense: a past event named months ahead of the anchor is last year's, a future one months behind is next year's.
  const here = dayOf(year, month, Math.min(day, 28));
  const gap = here - ctx.anchor!;
  if (gap > 90 && ctx.tense === 'past') return year - 1;
  if (gap < -90 && ctx.tense === 'future') return year + 1;
  return year;
}

function holiday(rule: [number, number] | [number, number, number], year: number | null, ctx: ResolveContext): Resolved {
  const on = (y: number) => {
    if (rule.length === 2) return dayOf(y, rule[0], rule[1]);
    const [m, dow, nth] = rule;
    if (nth > 0) { const first = dayOf(y, m, 1); return first + ((dow - isoWeekday(first) + 7) % 7) + 7 * (nth - 1); }
    const last = dayOf(y, m + 1, 1) - 1;
    return last - ((isoWeekday(last) - dow + 7) % 7);
  };
  if (year == null) {
    if (ctx.anchor == null) return none('date');
    const y = ymdOf(ctx.anchor).year;
    const d = on(y);
    year = ctx.tense === 'past' && d > ctx.anchor ? y - 1 : ctx.tense === 'future' && d < ctx.anchor ? y + 1 : y;
  }
  return covered(unitContaining('day', on(year)), 'day');
}

function period(spec: Extract<Spec, { k: 'period' }>, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  const ay = a == null ? null : ymdOf(a).year;
  if (spec.grain === 'quarter' && spec.index === 0) {
    // "the quarter" is the one last mentioned, else the last completed; rel shifts it ("year-ago" -4, "current" +1).
    if (spec.rel === 1 && a != null) return covered(unitContaining('quarter', a), 'quarter');
    if (spec.here) return ctx.quarter ? covered(quarterUnit(ctx.quarter.year, ctx.quarter.q), 'quarter') : a == null ? none('date') : covered(unitContaining('quarter', a), 'quarter');
    if (spec.year != null) {
      // "the 1988 quarter": the quarter in focus, in the year named (the year itself when no quarter is in focus).
      return ctx.quarter ? covered(quarterUnit(spec.year, ctx.quarter.q), 'quarter') : covered(yearsUnit(pad(spec.year, 4), spec.year, spec.year), 'year');
    }
    const base = (spec.latest ? null : ctx.quarter) ?? (a == null ? null : { year: ymdOf(a).year, q: Math.ceil(ymdOf(a).month / 3) - 1 });
    return base ? covered(quarterUnit(base.year, base.q + (spec.rel ?? 0)), 'quarter') : none('date');
  }
  const unitFor = (y: number): Covered => spec.grain === 'quarter' ? quarterUnit(y, spec.index as number)
    : spec.grain === 'half' ? halfUnit(y, spec.index as number) : seasonUnit(y, spec.index as string);
  if (spec.year != null) return covered(unitFor(spec.year), spec.grain);
  if (a == null || ay == null) return none('date');
  if (spec.rel != null && spec.grain !== 'season') return covered(unitFor(ay + spec.rel), spec.grain);
  if (spec.rel === 0) return covered(unitFor(ay), spec.grain);
  const candidates = [ay - 1, ay, ay + 1].map(unitFor);
  const past = spec.rel === -1 ? candidates.filter((c) => c.last < a) : candidates.filter((c) => c.first <= a);
  const future = spec.rel === 1 ? candidates.filter((c) => c.first > a) : candidates.filter((c) => c.last >= a);
  // A quarter or half just ended is still the one spoken of in the future tense (results are reported after it ends).
  const justEnded = spec.rel == null && spec.grain !== 'season' && past.length && a - past.at(-1)!.last <= 92;
  const pick = spec.rel === -1 || (spec.rel == null && (ctx.tense !== 'future' || justEnded)) ? past.at(-1) : future[0];
  return pick ? covered(pick, spec.grain) : none('date');
}

function duration(n: number | null, unit: Unit, cover: 'past' | 'next' | null, anchor: number | null): Resolved {
  const letter: Record<Unit, string> = { minute: 'TM', hour: 'TH', day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };
  let count: number | string = n ?? 'X';
  let code = letter[unit];
  if (unit === 'decade' || unit === 'century') { code = 'Y'; count = n == null ? 'X' : n * (unit === 'decade' ? 10 : 100); }
  if (unit === 'quarter') { code = 'M'; count = n == null ? 'X' : n * 3; }
  const value = code.startsWith('T') ? `PT${count}${code[1]}` : `P${count}${code}`;
  if (anchor == null || n == null || cover == null) return { kind: 'duration', value, earliest: null, latest: null, grain: null };
  const grain: Grain | 'hour' | 'minute' = unit === 'weekend' ? 'week' : unit;
  const other = shiftDay(anchor, grain, cover === 'past' ? -n : n);
  return { kind: 'duration', value, earliest: Math.min(anchor, other), latest: Math.max(anchor, other), grain: null };
}

function withClock(c: Covered, clock: Clock): Resolved {
  return { kind: 'time', value: `${c.value}T${pad(clock.hour, 2)}:${pad(clock.minute, 2)}`, earliest: c.first, latest: c.last, grain: 'day' };
}

function withPod(c: Covered, pod: string): Resolved {
  return { kind: 'time', value: `${c.value}T${pod}`, earliest: c.first, latest: c.last, grain: 'day' };
}

/** Narrow the days covered to part of the period (the value stays at the period's precision). */
function narrow(r: Resolved, part: Part | undefined, anchor: number | null): Resolved {
  if (!part || r.earliest == null || r.latest == null) return r;
  const len = r.latest - r.earliest + 1;
  const third = Math.max(1, Math.round(len / 3));
  if (part === 'early') return { ...r, latest: r.earliest + third - 1 };
  if (part === 'late') return { ...r, earliest: r.latest - third + 1 };
  if (part === 'mid') return { ...r, earliest: r.earliest + third, latest: r.latest - third };
  if (anchor == null) return r;
  if (part === 'before') return { ...r, latest: Math.max(r.earliest, Math.min(r.latest, anchor)) };
  return { ...r, earliest: Math.min(r.latest, Math.max(r.earliest, anchor)) };
}
