/**
 * @module parse-date — date strings as news pages write them, into calendar values.
 * "Jun 09, 2022 11:18 UTC", "Sunday, November 17, 2024", "2019-11-16T10:00:00Z", "16 November 2019",
 * "Nov. 16, 2019", "11/16/2019", "16.11.2019", "16. November 2019", "le 16 novembre 2019", epoch ms.
 * Regular expressions only (no chrono here): it runs on every line of every document.
 * A datetime keeps the day as written (no time-zone shift), as htmldate does.
 */
import calendar from '../../../../data/calendar-words.json' with { type: 'json' };

export interface DateValue {
  year: number;
  /** 1-12, or null for a year-only value. */
  month: number | null;
  /** 1-31, or null for a month- or year-precision value. */
  day: number | null;
  /** A time of day was written next to the date. */
  hasTime: boolean;
  /** A weekday name was written with the date ("Sunday, November 17, 2024"). */
  weekday: number | null;
}

export interface FoundDate {
  start: number;
  end: number;
  value: DateValue;
}

const MONTHS: Record<string, number> = calendar.months;
const WEEKDAYS: Record<string, number> = calendar.weekdays;
const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const M = `(${alt(Object.keys(MONTHS))})\\.?`;
const WD = `(?:${alt(Object.keys(WEEKDAYS))})\\.?`;
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';

/** Each pattern yields [year, month, day] from its groups through `pick`. */
const PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: new RegExp(`${NB}(\\d{4})-(\\d{2})-(\\d{2})(?=T|\\s|$|[^\\d])`, 'gu'), pick: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`${NB}(\\d{4})/(\\d{1,2})/(\\d{1,2})${NA}`, 'gu'), pick: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`${NB}(\\d{1,2})(?:st|nd|rd|th|\\.|º)?\\s*(?:de\\s+)?${M}${NA},?\\s*(?:de\\s+)?(\\d{4})${NA}`, 'giu'), pick: (m) => [m[3]!, m[2]!, m[1]!] },
  { re: new RegExp(`${NB}${M}${NA}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NA}`, 'giu'), pick: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(`${NB}(\\d{1,2}) ?([/.\\-]) ?(\\d{1,2}) ?\\2 ?(\\d{4})${NA}`, 'gu'), pick: (m) => numericDayMonth(m[1]!, m[3]!, m[4]!, m[2]!) },
];
const MONTH_YEAR = new RegExp(`${NB}${M}${NA},?\\s+(\\d{4})${NA}`, 'giu');
const TIME_AFTER = /^(?:,?\s*(?:at|um|à|a las|alle|às|om|-|–|—|\|)?\s*)(\d{1,2})[:.h](\d{2})(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:UTC|GMT|[ECMP][SD]?T|BST|CES?T|IST|KST|JST|HKT|SGT|AEST|AEDT|WIB|Uhr|h)\b)?(?:\s*[+-]\d{2}:?\d{2})?/i;
const WEEKDAY_BEFORE = new RegExp(`${NB}(${alt(Object.keys(WEEKDAYS))})\\.?,?\\s*(?:the\\s+|le\\s+|den\\s+|el\\s+)?$`, 'iu');

/** US order (M/D) for "/", day first for "." and "-"; a value over 12 settles it either way. */
function numericDayMonth(a: string, b: string, year: string, sep: string): [string, string, string] {
  const x = Number(a);
  const y = Number(b);
  const monthFirst = x > 12 ? false : y > 12 ? true : sep === '/';
  return monthFirst ? [year, a, b] : [year, b, a];
}

function monthNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function valid(year: number, month: number, day: number): boolean {
  if (!(year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every day-precision date written in text[from, to), with a weekday before or a time after folded in. */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const slice = text.slice(from, to);
  const found: FoundDate[] = [];
  for (const { re, pick } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const [y, mo, d] = pick(m);
      const year = Number(y);
      const month = monthNumber(mo);
      const day = Number(d);
      if (!valid(year, month, day)) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      if (found.some((f) => start < f.end - from && f.start - from < end)) continue;
      const wd = WEEKDAY_BEFORE.exec(slice.slice(Math.max(0, start - 24), start));
      if (wd) start -= wd[0].length;
      const time = TIME_AFTER.exec(slice.slice(end, end + 40));
      if (time) end += time[0].length;
      const weekday = wd ? WEEKDAYS[wd[1]!.toLowerCase()] ?? null : null;
      found.push({ start: from + start, end: from + end, value: { year, month, day, hasTime: !!time, weekday } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "November 2019" style month-precision mentions in text[from, to) (not those inside a full date). */
export function findMonthYears(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  const slice = text.slice(from, to);
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(slice); m; m = MONTH_YEAR.exec(slice)) {
    const month = monthNumber(m[1]!);
    const year = Number(m[2]);
    if (month) out.push({ start: from + m.index, end: from + m.index + m[0].length, value: { year, month, day: null, hasTime: false, weekday: null } });
  }
  return out;
}

/** One date string (a metadata value, a record field, a line): its value, or null when none is found. */
export function parseDate(s: string): DateValue | null {
  const t = s.trim();
  if (/^\d{12,14}$/.test(t)) {
    const d = new Date(Number(t));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hasTime: true, weekday: null };
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact && valid(+compact[1]!, +compact[2]!, +compact[3]!)) return { year: +compact[1]!, month: +compact[2]!, day: +compact[3]!, hasTime: false, weekday: null };
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(t);
  if (partial) return { year: +partial[1]!, month: partial[2] ? +partial[2] : null, day: null, hasTime: false, weekday: null };
  const first = findDates(t)[0];
  if (first) return { ...first.value, hasTime: first.value.hasTime || /T\d{2}:\d{2}/.test(t) };
  const my = findMonthYears(t)[0];
  return my ? my.value : null;
}

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY" at the value's own precision. */
export function isoOf(v: DateValue): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return v.month == null ? String(v.year) : v.day == null ? `${v.year}-${p(v.month)}` : `${v.year}-${p(v.month)}-${p(v.day)}`;
}

/** The first and last day a value covers ("2019-11" → 2019-11-01 … 2019-11-30). */
export function daysCovered(v: DateValue): [string, string] {
  const p = (n: number) => String(n).padStart(2, '0');
  if (v.month == null) return [`${v.year}-01-01`, `${v.year}-12-31`];
  if (v.day == null) return [`${v.year}-${p(v.month)}-01`, `${v.year}-${p(v.month)}-${p(new Date(Date.UTC(v.year, v.month, 0)).getUTCDate())}`];
  const d = `${v.year}-${p(v.month)}-${p(v.day)}`;
  return [d, d];
}
