/**
 * @module clean/html/date-strings — a date as pages write it into YYYY-MM-DD (or an ISO datetime when a
 * time is given, kept in the page's own offset so the day stays the one the page meant).
 * Machine forms (ISO, 20191116, epoch seconds) and human forms ("Nov. 16, 2019", "16. November 2019",
 * "16 de noviembre de 2019", "16.11.2019", "2019年11月16日").
 */
import { monthNames } from './month-names.ts';

export interface DateBounds {
  /** Earliest plausible year of publication. */
  minYear: number;
  /** Latest plausible moment: the analysis time. */
  now: Date;
  /** Read 03/04/2019 as 3 April (true) or March 4 (false); an unambiguous day > 12 decides by itself. */
  dayFirst: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function validDay(y: number, m: number, d: number, b: DateBounds): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < b.minYear) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCDate() !== d) return null;
  if (t > b.now.getTime() + 36 * 3600_000) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6})?$/;
const DMY = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/;
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
const D_MONTH_Y = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?([\p{L}]{3,}\.?),?\s*(?:de\s+|del\s+)?(\d{4})(?!\d)/u;
const MONTH_D_Y = /([\p{L}]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;

const MAYBE_DATE = /\d{4}|\d[./-]\d{1,2}[./-]\d\d/;
const global = (re: RegExp) => new RegExp(re.source, `${re.flags}g`);
const ISO_G = global(ISO), CJK_G = global(CJK), D_MONTH_Y_G = global(D_MONTH_Y), MONTH_D_Y_G = global(MONTH_D_Y), YMD_G = global(YMD), DMY_G = global(DMY);

/** Parse a machine-written value (meta content, datetime attribute, JSON-LD). */
export function parseMachineDate(value: string, b: DateBounds): string | null {
  const v = value.trim();
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    const d = new Date(ms);
    return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), b);
  }
  const c = COMPACT.exec(v);
  if (c) return validDay(+c[1]!, +c[2]!, +c[3]!, b);
  const m = ISO.exec(v);
  if (m) {
    const day = validDay(+m[1]!, +m[2]!, +m[3]!, b);
    if (!day) return null;
    if (m[4] === undefined) return day;
    const off = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${off}`;
  }
  // software writes slashed dates month first (11/01/2023 12:43), whatever the page's language
  return parseHumanDate(v, { ...b, dayFirst: false });
}

/** Find and parse the first human-written date in a piece of text; returns the day and where it stood. */
export function findHumanDate(text: string, b: DateBounds): { date: string; index: number; length: number } | null {
  // every form below has a run of 4 digits or a d.m.yy triple: most lines fail this at once
  if (!MAYBE_DATE.test(text)) return null;
  const months = monthNames();
  const tries: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
    { re: ISO_G, read: (m) => validDay(+m[1]!, +m[2]!, +m[3]!, b) },
    { re: CJK_G, read: (m) => validDay(+m[1]!, +m[2]!, +m[3]!, b) },
    { re: D_MONTH_Y_G, read: (m) => { const mo = months.get(m[2]!.toLowerCase().replace(/\.$/, '')); return mo ? validDay(+m[3]!, mo, +m[1]!, b) : null; } },
    { re: MONTH_D_Y_G, read: (m) => { const mo = months.get(m[1]!.toLowerCase()); return mo ? validDay(+m[3]!, mo, +m[2]!, b) : null; } },
    { re: YMD_G, read: (m) => validDay(+m[1]!, +m[2]!, +m[3]!, b) },
    { re: DMY_G, read: (m) => readDmy(m, b) },
  ];
  let best: { date: string; index: number; length: number } | null = null;
  for (const { re, read } of tries) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) break;
      const date = read(m);
      if (date) { best = { date, index: m.index, length: m[0].length }; break; }
    }
  }
  return best;
}

/** Parse a value that holds one human-written date. */
export function parseHumanDate(value: string, b: DateBounds): string | null {
  return findHumanDate(value, b)?.date ?? null;
}

function readDmy(m: RegExpExecArray, b: DateBounds): string | null {
  let y = +m[4]!;
  if (m[4]!.length === 2) y += y > 50 ? 1900 : 2000;
  const a = +m[1]!, c = +m[3]!;
  // dots and dashes are day-first everywhere; slashes follow the page's habit unless the numbers decide
  const dayFirst = m[2] !== '/' ? true : a > 12 ? true : c > 12 ? false : b.dayFirst;
  return dayFirst ? validDay(y, c, a, b) : validDay(y, a, c, b);
}
