/**
 * @module calendar-day — whole days as integers (days since 1970-01-01, proleptic Gregorian, no time zone),
 * with the ISO 8601 pieces TimeML values are made of (weeks, quarters, month lengths).
 */

/** Days since 1970-01-01 for a calendar date (month 1–12, overflow rolls over); no validation. */
export function dayOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / 86_400_000);
}

export interface YMD { year: number; month: number; day: number }

export function ymdOf(day: number): YMD {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "YYYY-MM-DD" → day number, or null when it is not a real calendar date. */
export function parseIsoDay(s: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? dayOf(y, mo, d) : null;
}

export function isoDay(day: number): string {
  const { year, month, day: d } = ymdOf(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = ymdOf(thursday).year;
  return { year, week: Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1 };
}

/** Monday of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayOf(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7;
}

/** Add months to a (year, month) pair. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12 + 12) % 12 + 1 };
}

/** The same day of the month `n` months on, clamped to the month's end. */
export function addMonthsToDay(day: number, n: number): number {
  const { year, month, day: d } = ymdOf(day);
  const t = addMonths(year, month, n);
  return dayOf(t.year, t.month, Math.min(d, daysInMonth(t.year, t.month)));
}
