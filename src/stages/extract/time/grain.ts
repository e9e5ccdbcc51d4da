/** @module time/grain — TimeML values and covered days for a calendar unit that contains a given day. */
import { addMonths, dayOf, daysInMonth, isoWeek, isoWeekStart, isoWeekday, pad, ymdOf, isoDay } from '../../../lib/time/calendar-day.ts';
import { SEASONS } from './lexicon.ts';
import type { Grain } from './spec.ts';

export interface Covered { value: string; first: number; last: number }

/** The unit of `grain` containing `day`, as a TimeML value and its first and last days. */
export function unitContaining(grain: Grain, day: number): Covered {
  const { year, month } = ymdOf(day);
  switch (grain) {
    case 'day': return { value: isoDay(day), first: day, last: day };
    case 'week': case 'weekend': {
      const w = isoWeek(day);
      const monday = isoWeekStart(w.year, w.week);
      const value = `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
      return grain === 'week' ? { value, first: monday, last: monday + 6 } : { value: `${value}-WE`, first: monday + 5, last: monday + 6 };
    }
    case 'month': return monthUnit(year, month);
    case 'quarter': return quarterUnit(year, Math.ceil(month / 3));
    case 'half': return halfUnit(year, month <= 6 ? 1 : 2);
    case 'season': return seasonUnit(year, month === 12 ? 'WI' : month <= 2 ? 'WI' : month <= 5 ? 'SP' : month <= 8 ? 'SU' : 'FA', month <= 2);
    case 'year': return yearsUnit(String(year).padStart(4, '0'), year, year);
    case 'decade': return yearsUnit(String(Math.floor(year / 10)), Math.floor(year / 10) * 10, Math.floor(year / 10) * 10 + 9);
    case 'century': return yearsUnit(String(Math.floor(year / 100)), Math.floor(year / 100) * 100, Math.floor(year / 100) * 100 + 99);
  }
}

export function monthUnit(year: number, month: number): Covered {
  return { value: `${pad(year, 4)}-${pad(month, 2)}`, first: dayOf(year, month, 1), last: dayOf(year, month, daysInMonth(year, month)) };
}

export function quarterUnit(year: number, q: number): Covered {
  const y = year + Math.floor((q - 1) / 4);
  const qq = ((q - 1) % 4 + 4) % 4 + 1;
  const first = dayOf(y, qq * 3 - 2, 1);
  return { value: `${pad(y, 4)}-Q${qq}`, first, last: dayOf(y, qq * 3 + 1, 1) - 1 };
}

export function halfUnit(year: number, h: number): Covered {
  return { value: `${pad(year, 4)}-H${h}`, first: dayOf(year, h * 6 - 5, 1), last: dayOf(year, h * 6 + 1, 1) - 1 };
}

/** A season of `year`; winter is December of `year` to February (or of the year before when `early`). */
export function seasonUnit(year: number, code: string, januaryWinter = false): Covered {
  const y = code === 'WI' && januaryWinter ? year - 1 : year;
  const s = Object.values(SEASONS).find((x) => x.code === code)!;
  const start = addMonths(y, s.first, 0);
  const end = addMonths(y, s.first, s.months);
  return { value: `${pad(y, 4)}-${code}`, first: dayOf(start.year, start.month, 1), last: dayOf(end.year, end.month, 1) - 1 };
}

export function yearsUnit(value: string, firstYear: number, lastYear: number): Covered {
  return { value, first: dayOf(firstYear, 1, 1), last: dayOf(lastYear, 12, 31) };
}

/** Shift a day by n units of `grain` (months and years keep the day of month where they can). */
export function shiftDay(day: number, grain: Grain | 'hour' | 'minute', n: number): number {
  const { year, month, day: d } = ymdOf(day);
  switch (grain) {
    case 'day': return day + n;
    case 'week': case 'weekend': return day + 7 * n;
    case 'month': case 'season': { const t = addMonths(year, month, grain === 'season' ? 3 * n : n); return dayOf(t.year, t.month, Math.min(d, daysInMonth(t.year, t.month))); }
    case 'quarter': return shiftDay(day, 'month', 3 * n);
    case 'half': return shiftDay(day, 'month', 6 * n);
    case 'year': return dayOf(year + n, month, Math.min(d, daysInMonth(year + n, month)));
    case 'decade': return shiftDay(day, 'year', 10 * n);
    case 'century': return shiftDay(day, 'year', 100 * n);
    default: return day + Math.trunc(n / (grain === 'hour' ? 24 : 1440));
  }
}

export { isoWeekday };
