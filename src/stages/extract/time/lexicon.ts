/** @module time/lexicon — English calendar words: months, weekdays, parts of day, seasons, units, holidays. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
/** Month names that are also common words: they need a date context ("in May", "May 3"). */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sept', 'sep', 'oct', 'nov', 'aug', 'apr', 'feb', 'jul']);

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** TimeML part-of-day codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI',
};

/** TimeML season codes and the months each covers (winter runs into the next year). */
export const SEASONS: Record<string, { code: string; first: number; months: number }> = {
  spring: { code: 'SP', first: 3, months: 3 }, summer: { code: 'SU', first: 6, months: 3 },
  fall: { code: 'FA', first: 9, months: 3 }, autumn: { code: 'FA', first: 9, months: 3 },
  winter: { code: 'WI', first: 12, months: 3 },
};

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'weekend';

export const UNIT_WORDS: Record<string, Unit> = {
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute', hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', quarter: 'quarter',
  quarters: 'quarter', year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century', weekend: 'weekend', weekends: 'weekend',
};

/** Fixed-date and rule-based holidays: [month, day] or [month, weekday, nth] (nth -1 = last). */
export const HOLIDAYS: Record<string, [number, number] | [number, number, number]> = {
  "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas': [12, 25], 'christmas day': [12, 25],
  'christmas eve': [12, 24], 'boxing day': [12, 26], 'halloween': [10, 31], 'independence day': [7, 4],
  "valentine's day": [2, 14], 'thanksgiving': [11, 4, 4], 'thanksgiving day': [11, 4, 4],
  'labor day': [9, 1, 1], 'memorial day': [5, 1, -1], 'veterans day': [11, 11], 'may day': [5, 1],
};
