/**
 * @module time/rules — the patterns that find time expressions and the parse of each match into a Spec.
 * Patterns are case-insensitive; month and weekday names must still be capitalised (checked in parse).
 */
import { CARDINAL_WORDS_SOURCE, parseCardinal, parseOrdinal } from '../../../lib/text/number-words.ts';
import { AMBIGUOUS_MONTHS, HOLIDAYS, MONTHS, PARTS_OF_DAY, SEASONS, UNIT_WORDS, WEEKDAYS, type Unit } from './lexicon.ts';
import type { Clock, Grain, Part, Spec } from './spec.ts';

export interface Rule {
  name: string;
  /** A cheap test a sentence must pass before `re` (with its large alternations) is run on it. */
  hint: RegExp;
  re: RegExp;
  parse: (m: RegExpExecArray) => Spec | null;
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun)\b\.?)`;
const DAYNUM = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
const POD = String.raw`(?:morning|afternoon|evening|night)`;
const CLOCK = String.raw`(?:(?:[01]?\d|2[0-3])(?::[0-5]\d){1,2}\s?(?:[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s?[ap]\.?m\.?|noon|midday|midnight)(?:\s(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|local time|ET))?`;
const NUM = String.raw`(?:\d+(?:\.\d+)?|${CARDINAL_WORDS_SOURCE}|an?|a few|few|a couple of|several|many|some|a dozen|dozens of|a half|half a)`;
const UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)`;
const UNIT1 = String.raw`(?:minute|hour|day|week|month|quarter|year|decade|century)`;
const ORD = String.raw`(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)`;

const SMALL = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
/** A year said in words ("nineteen ninety-seven", "two thousand and one"), as broadcast transcripts write them. */
const YEAR_WORDS = String.raw`(?:nineteen[- ](?:hundred[- ]and[- ])?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${SMALL})?)|two thousand(?:[- ]and)?(?:[- ](?:${SMALL}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]${SMALL})?))?)`;
/** Relative year after a month or date: "July last year", "March 3 this year". */
const YEAR_REL = String.raw`(?:of\s+)?(last|this|next)\s+year(?!['’])`;
const DATE_PREPOSITION = /\b(?:in|since|until|till|by|from|of|during|through|before|after|between|and|to|on|or|late|early)\s+$/i;
const DETERMINER = /\b(?:the|a|an|its|their|his|her)\s+$/i;
/** A lower-case word that is no preposition or conjunction ("the April handover", not "the March on the capital"). */
const NOUN_AFTER = /^\s+(?!(?:on|in|of|to|for|at|from|by|with|and|or|is|was|that|which)\b)[a-z]/;
const rx = (s: string) => new RegExp(String.raw`(?<![\w$£€-])(?:${s})(?![\w%-])`, 'gi');
const low = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\.$/, '');
const monthOf = (s: string | undefined) => MONTHS[low(s)] ?? null;
const capitalised = (s: string | undefined) => !!s && /^[A-Z]/.test(s);

function numberOf(s: string | undefined): number | null {
  const t = low(s);
  if (/^(a|an|one|a half|half a)$/.test(t)) return t.includes('half') ? 0.5 : 1;
  if (/^(a few|few|several|many|some|dozens of|a couple of)$/.test(t)) return t === 'a couple of' ? 2 : null;
  if (t === 'a dozen') return 12;
  return parseCardinal(t);
}

export function clockOf(s: string | undefined): Clock | null {
  const t = low(s);
  if (!t) return null;
  if (t.startsWith('noon') || t.startsWith('midday')) return { hour: 12, minute: 0 };
  if (t.startsWith('midnight')) return { hour: 0, minute: 0 };
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s?(?:([ap])\.?m\.?)?/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[3] === 'p' && hour < 12) hour += 12;
  if (m[3] === 'a' && hour === 12) hour = 0;
  return { hour, minute: Number(m[2] ?? 0) };
}

/** A year in figures or words; null when the words make no year of 1900–2099. */
function yearWordsOf(s: string): number | null {
  const t = low(s).replace(/^the year /, '');
  if (!/^(?:nineteen|two thousand)/.test(t) || !/[ -]/.test(t)) return null;
  const v = t.startsWith('nineteen') ? 1900 + (parseCardinal(t.replace(/^nineteen[- ](hundred[- ]and[- ])?/, '')) ?? -1900) : parseCardinal(t);
  return v && v >= 1900 && v < 2100 ? v : null;
}

function yearOf(s: string | undefined): number | null {
  if (!s) return null;
  if (/^[a-z]/i.test(s)) return yearWordsOf(s);
  const n = Number(s);
  if (s.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

const relN = (w: string | undefined): number | null =>
  ({ this: 0, current: 0, coming: 1, next: 1, following: 1, last: -1, past: -1, previous: -1, preceding: -1 } as Record<string, number>)[low(w)] ?? null;

const partOf = (w: string | undefined): Part | undefined => {
  const t = low(w).replace(/-$/, '');
  if (t === 'earlier') return 'before';
  if (t === 'later') return 'after';
  if (/^(early|beginning|start)/.test(t) || t.includes('beginning') || t.includes('start')) return 'early';
  if (/^(late|later|end)/.test(t) || t.includes('end')) return 'late';
  if (t.startsWith('mid')) return 'mid';
  return undefined;
};

function unitOf(s: string): Unit {
  return UNIT_WORDS[low(s)] ?? (low(s).startsWith('centur') ? 'century' : 'year');
}

/** Day-month-year pieces into a date spec; null for impossible dates (31 February). */
function dateSpec(year: number | null, month: number | null, day: number | null, clock?: Clock | null): Spec | null {
  if (month != null && day != null) {
    const max = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
    if (day < 1 || day > max) return null;
  }
  const grain: Grain = day != null ? 'day' : month != null ? 'month' : 'year';
  return { k: 'date', year, month, day, grain, ...(clock ? { clock } : {}) };
}

export const RULES: Rule[] = [
  { // 2019-11-16, 2019-11-16T10:30, 2019-11-16 10:30:00
    name: 'iso', hint: /\d{4}-\d/, re: rx(String.raw`(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?`),
    parse: (m) => dateSpec(Number(m[1]), Number(m[2]), Number(m[3]), clockOf(m[4])),
  },
  { // 12/05/1998 09:42:00 (month first unless the first number cannot be a month)
    name: 'slash', hint: /\d\/\d/, re: rx(String.raw`(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:,?\s(\d{1,2}:\d{2})(?::\d{2})?)?`),
    parse: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return a > 12 ? dateSpec(yearOf(m[3]), b, a, clockOf(m[4])) : dateSpec(yearOf(m[3]), a, b, clockOf(m[4]));
    },
  },
  { // (Monday,) Aug. 7(th)(, 1998)( at 10 a.m.)
    name: 'month-day', hint: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, re: rx(String.raw`(?:(${WEEKDAY}),?\s+|(last|next|this)\s+)?(${MONTH})\s+(${DAYNUM})(?:,?\s+(${YEAR}|${YEAR_WORDS})|\s+${YEAR_REL})?(?:,?\s+(?:at\s+)?(${CLOCK}))?`),
    parse: (m) => {
      if (!capitalised(m[3])) return null;
      const spec = dateSpec(yearOf(m[5]), monthOf(m[3]), parseInt(m[4]!), clockOf(m[7]));
      if (spec?.k !== 'date' || spec.year != null) return spec;
      if (m[6]) return { ...spec, yearRel: relN(m[6])! };
      // "last Nov. 4": the latest such day before the anchor.
      return m[2] ? { ...spec, rel: relN(m[2])! } : spec;
    },
  },
  { // the week of May 9: the week holding that day
    name: 'week-of', hint: /\bweek of\b/i, re: rx(String.raw`the\s+week\s+of\s+(${MONTH})\s+(${DAYNUM})(?:,?\s+(${YEAR}))?`),
    parse: (m) => {
      const spec = capitalised(m[1]) ? dateSpec(yearOf(m[3]), monthOf(m[1]), parseInt(m[2]!)) : null;
      return spec?.k === 'date' ? { ...spec, grain: 'week' } : null;
    },
  },
  { // (Monday,) 7 August (2022), the 7th of August
    name: 'day-month', hint: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, re: rx(String.raw`(?:(${WEEKDAY}),?\s+)?(?:the\s+)?(${DAYNUM})\s+(?:of\s+)?(${MONTH})(?:,?\s+(${YEAR}))?`),
    parse: (m) => capitalised(m[3]) ? dateSpec(yearOf(m[4]), monthOf(m[3]), parseInt(m[2]!)) : null,
  },
  { // (early|mid-|late) August 1988, (the end of) March 2020
    name: 'month-year', hint: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, re: rx(String.raw`(?:(early|mid-?|late|the end of|the beginning of|the start of|the middle of)\s*)?(${MONTH}),?\s+(?:of\s+)?(${YEAR}|${YEAR_WORDS})`),
    parse: (m) => capitalised(m[2]) && yearOf(m[3]) != null ? dateSpec(yearOf(m[3]), monthOf(m[2]), null) : null,
  },
  { // in March, last November, early December, mid-November, this September
    name: 'month', hint: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i, re: rx(String.raw`(?:(last|next|this|early|mid|late|the end of|the beginning of|the start of|the middle of)(?:\s+|-)?)?(${MONTH})(?:\s+${YEAR_REL})?`),
    parse: (m) => {
      const name = low(m[2]);
      if (!capitalised(m[2])) return null;
      // A bare abbreviation or a month that is also a word ("May", "March") needs a date preposition before it.
      const bare = !m[1] && !m[3] && (AMBIGUOUS_MONTHS.has(name) || m[2]!.length <= 4);
      // ...or, written out in full, a determiner before it and a noun after it ("the April handover", "a September accord").
      const attributive = name.length >= 4 && name !== 'sept' && !m[2]!.endsWith('.') && name !== 'may' && DETERMINER.test(m.input.slice(Math.max(0, m.index - 6), m.index)) && NOUN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (bare && !attributive && !DATE_PREPOSITION.test(m.input.slice(Math.max(0, m.index - 9), m.index))) return null;
      const rel = relN(m[1]);
      const part = partOf(m[1]);
      const yearRel = m[3] ? relN(m[3]) : null;
      return { k: 'date', year: null, month: monthOf(m[2]), day: null, grain: 'month', ...(rel != null && yearRel == null ? { rel } : {}), ...(part ? { part } : {}), ...(yearRel != null ? { yearRel } : {}) };
    },
  },
  { // 1990, fiscal 1989, early 1990, the end of 1990
    name: 'year', hint: /\b(?:1[6-9]|20)\d\d\b/, re: rx(String.raw`(?:(?:fiscal|FY|calendar|early|mid-?|late|the end of|the beginning of|the start of|the middle of)\s*)?(${YEAR})(?!\s?(?:%|percent|per cent|km|kg|miles?|tons?|people|feet|metres|meters|cc)\b)`),
    parse: (m) => dateSpec(Number(m[1]), null, null),
  },
  { // the 1990s, the early 1990s, the '90s
    name: 'decade', hint: /0s\b/, re: rx(String.raw`(?:the\s+)?(?:(early|mid-?|late)\s*)?(?:(1[6-9]\d|20\d)0s|'(\d)0s)`),
    parse: (m) => {
      const stem = m[2] ?? `19${m[3]}`;
      return { k: 'era', value: stem, first: Number(stem) * 10, last: Number(stem) * 10 + 9, grain: 'decade' };
    },
  },
  { // the nineties, the early eighties
    name: 'decade-words', hint: /ties\b/i, re: rx(String.raw`the\s+(?:(early|mid-?|late)\s*)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`),
    parse: (m) => {
      const d = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(low(m[2])) + 2;
      return { k: 'era', value: `19${d}`, first: 1900 + d * 10, last: 1909 + d * 10, grain: 'decade' };
    },
  },
  { // the 14th century, the twentieth century
    name: 'century', hint: /century/i, re: rx(String.raw`(?:the\s+)?(?:(early|mid-?|late)\s*)?(\d{1,2})(?:st|nd|rd|th)[- ]century`),
    parse: (m) => {
      const n = Number(m[2]);
      return n >= 1 && n <= 21 ? { k: 'era', value: String(n - 1).padStart(2, '0'), first: (n - 1) * 100, last: (n - 1) * 100 + 99, grain: 'century' } : null;
    },
  },
  { // nineteen ninety-six
    name: 'year-words', hint: /nineteen|two thousand/i, re: rx(String.raw`nineteen[- ](?:hundred[- ]and[- ])?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|(?:the year )?two thousand(?:[- ]and)?(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?`),
    parse: (m) => {
      const t = low(m[0]).replace(/^the year /, '');
      const v = t.startsWith('nineteen') ? 1900 + (parseCardinal(t.replace(/^nineteen[- ](hundred[- ]and[- ])?/, '')) ?? -1900) : parseCardinal(t);
      if (!t.startsWith('nineteen') && !/^two thousand/.test(t)) return null;
      return v && v >= 1900 && v < 2100 && (t.includes(' ') || t.includes('-')) ? dateSpec(v, null, null) : null;
    },
  },
  { // (last|next|this|on) Thursday (morning), Wednesday night at 10 p.m.
    name: 'weekday', hint: /\b(?:mon|tue|wed|thu|fri|sat|sun)/i, re: rx(String.raw`(?:(last|next|this|past|coming|early|late)\s+)?(${WEEKDAY})(?:'s)?(?:\s+(${POD}))?(?:,?\s+(?:at\s+)?(${CLOCK}))?`),
    parse: (m) => {
      if (!capitalised(m[2]) || (low(m[2]).length <= 4 && !/^(mon|tues?|wed|thurs?|fri|sat|sun)\.$/i.test(m[2]!) && !m[1])) return null;
      // "Wednesday's ruling" reports something that has happened, whatever the tense of the clause around it.
      const shift = ({ last: 'last', past: 'last', next: 'next', coming: 'next', this: 'this' } as const)[low(m[1]) as 'last'] ?? (/['’]s$/.test(m[0]) ? 'past' : 'auto');
      const pod = m[3] ? PARTS_OF_DAY[low(m[3])] : undefined;
      const clock = clockOf(m[4]);
      return { k: 'weekday', dow: WEEKDAYS[low(m[2])]!, shift, ...(pod ? { pod } : {}), ...(clock ? { clock } : {}) };
    },
  },
  { // today, yesterday (morning), tomorrow, tonight, last night, this morning
    name: 'deictic-day', hint: /\b(?:today|yesterday|tomorrow|tonight|last night|overnight|this (?:morning|afternoon|evening|night))/i, re: rx(String.raw`(?:(early|late)\s+)?(today|yesterday|tomorrow|tonight|last night|overnight|this (?:${POD}))(?:'s)?(?:\s+(${POD}))?`),
    parse: (m) => {
      const w = low(m[2]);
      const n = w.startsWith('yesterday') || w === 'last night' ? -1 : w.startsWith('tomorrow') ? 1 : 0;
      const pod = PARTS_OF_DAY[low(m[3])] ?? (w === 'tonight' || w.endsWith('night') ? 'NI' : w.startsWith('this ') ? PARTS_OF_DAY[w.slice(5)] : undefined);
      if (w === 'overnight') return null;
      return { k: 'rel', grain: 'day', n, ...(pod ? { pod } : {}) };
    },
  },
  { // at mid-afternoon (yesterday), by mid-morning: part of the day reported on, or of the day named after it
    name: 'mid-pod', hint: /\bmid[- ]?(?:morning|afternoon)\b/i, re: rx(String.raw`(?:at|by|in the|until)\s+mid[- ]?(morning|afternoon)(?:\s+(yesterday|today|tomorrow))?`),
    parse: (m) => ({ k: 'rel', grain: 'day', n: low(m[2]) === 'yesterday' ? -1 : low(m[2]) === 'tomorrow' ? 1 : 0, pod: low(m[1]) === 'morning' ? 'MO' : 'AF' }),
  },
  { // this year, last month, next week, earlier this week, early next year, the current quarter, this weekend
    name: 'relative', hint: /\b(?:week|month|year|decade|century)/i, re: rx(String.raw`(?:(earlier|later|early|late|mid-?|the end of|the beginning of|the start of|the middle of)\s*)?(this|last|next|the past|the previous|the coming|the current|the following|the preceding)\s+(week|weekend|month|year|decade|century|fiscal year)s?`),
    parse: (m) => {
      const word = low(m[2]).replace(/^the /, '');
      const n = relN(word);
      if (n == null) return null;
      const unit = low(m[3]).replace('fiscal ', '').replace(/s$/, '') as Grain;
      // "the past year" counts back a year from now (a duration's interval); "the following week" needs a reference date.
      if (word === 'following' || word === 'preceding') return { k: 'offset', n: 1, unit: unit as Unit, sign: word === 'following' ? 1 : -1, from: 'reference' };
      const part = partOf(m[1]);
      return { k: 'rel', grain: unit, n, ...(part ? { part } : {}) };
    },
  },
  { // over the weekend, ahead of the weekend
    name: 'weekend', hint: /\bthe weekend\b/i, re: rx(String.raw`(?:over|during|at|on|ahead of|before|after|through)\s+the\s+weekend(?!s)`),
    parse: () => ({ k: 'weekend' }),
  },
  { // by year-end, around year end, by the end of the year, by year's end, the end of the month (this one's end)
    name: 'year-end', hint: /\byear[- ']|end of the (?:year|month|week)/i, re: rx(String.raw`(?:the\s+)?(?:year[- ]end|year's end|end of the (year|month|week))`),
    parse: (m) => ({ k: 'rel', grain: (low(m[1]) || 'year') as Grain, n: 0, part: 'late' }),
  },
  { // the year ended Sept. 30, the fiscal year ending June 30: a twelve-month period
    name: 'year-ended', hint: /\byear\s+end(?:ed|ing)\b/i, re: rx(String.raw`the\s+(?:fiscal\s+)?year\s+end(?:ed|ing)`),
    parse: () => ({ k: 'duration', n: 1, unit: 'year', cover: null }),
  },
  { // for the year, the full year, the fiscal year, earlier in the year: the year being reported on (results news)
    name: 'the-year', hint: /\bthe (?:full |fiscal |current )?year\b/i, re: rx(String.raw`(?:(earlier|later)\s+in\s+the\s+year|(?:for|of|in|throughout)\s+the\s+(?:(?:full|fiscal|current)\s+)?year|the\s+(?:full|fiscal|current)\s+year)(?!\s+(?:end|before|after|since|ago|earlier|later|in which|when|to|through|\d))(?![-'’])`),
    // "Person of the Year" is a title, not a date.
    parse: (m) => /Year/.test(m[0]) ? null : { k: 'rel', grain: 'year', n: 0, ...(m[1] ? { part: partOf(m[1])! } : {}) },
  },
  { // that day, that same day, later that year, earlier that week: the unit of the date last mentioned
    name: 'that-unit', hint: /\bthat\s+(?:same\s+)?(?:day|week|month|quarter|year|morning|afternoon|evening|night)\b/i, re: rx(String.raw`(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(day|week|month|quarter|year|morning|afternoon|evening|night)(?!['’]s\s)`),
    parse: (m) => ({ k: 'offset', n: 0, unit: (['morning', 'afternoon', 'evening', 'night'].includes(low(m[1])) ? 'day' : low(m[1])) as Unit, sign: 1, from: 'reference' }),
  },
  { // until then, by then: the day last named
    name: 'then', hint: /\b(?:until|till|by)\s+then\b/i, re: rx(String.raw`(?<=\b(?:until|till|by)\s)then(?![\s,]+(?:on|in|at)\b)`),
    parse: () => ({ k: 'offset', n: 0, unit: 'day', sign: 1, from: 'reference' }),
  },
  { // year-earlier, year-ago (results): the year before, or the year-ago quarter when quarters are the topic
    name: 'year-ago', hint: /year-(?:ago|earlier)/i, re: rx(String.raw`(?:the\s+)?year-(?:ago|earlier)(?!\s+(?:quarter|period|half))`),
    parse: () => ({ k: 'offset', n: 1, unit: 'year', sign: -1, from: 'anchor' }),
  },
  { // two years ago, a week earlier, two weeks later, three days from now
    name: 'offset', hint: /\b(?:ago|earlier|later|before|after|from now|hence)\b/i, re: rx(String.raw`(?:(?:about|nearly|almost|more than|less than|some|over|just|only)\s+)?(${NUM})\s+(${UNIT})\s+(ago|earlier|later|from now|hence|(?:before|after)(?!\s+[\w$]))`),
    parse: (m) => {
      const n = numberOf(m[1]);
      const dir = low(m[3]);
      // "several years ago", "a few months from now": a vague point in the past or future (TimeML PAST_REF, FUTURE_REF).
      if (n == null) return /^(?:a few|several|many|some)$/.test(low(m[1])) && /^(?:ago|from now|hence)$/.test(dir) ? { k: 'ref', value: dir === 'ago' ? 'PAST_REF' : 'FUTURE_REF' } : null;
      return { k: 'offset', n, unit: unitOf(m[2]!), sign: dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1, from: dir === 'ago' || dir === 'from now' || dir === 'hence' ? 'anchor' : 'reference' };
    },
  },
  { // the next day, the day before, the previous week, the following morning
    name: 'offset-one', hint: /\b(?:next|following|previous|preceding|before|after|earlier|later)\b/i, re: rx(String.raw`the\s+(?:(next|following|previous|preceding)\s+(day|week|month|year|morning|evening|night)|(day|week|month|year)\s+(before|after|earlier|later))`),
    parse: (m) => {
      const sign = /next|following|after|later/i.test(m[1] ?? m[4] ?? '') ? 1 : -1;
      const unit = low(m[2] ?? m[3]);
      return { k: 'offset', n: 1, unit: (['morning', 'evening', 'night'].includes(unit) ? 'day' : unit) as Unit, sign, from: 'reference' };
    },
  },
  { // the past 16 years, the last five years, the next two weeks, the first nine months, 16 years, two-year, 16-hour
    name: 'duration', hint: /\b(?:minute|hour|day|week|month|quarter|year|decade|centur)/i, re: rx(String.raw`(?:(?:for|over|during|in|within)\s+)?(?:(the\s+(?:past|last|next|coming|previous|first|latest|final|full|entire|whole)|the|another|(?:more|less|fewer) than|nearly|almost|about|around|some|at least|up to|over|under|roughly)\s+)?(${NUM})[- ](${UNIT})(?:-long)?(?![- ]old\b)`),
    parse: (m) => {
      const n = numberOf(m[2]);
      const t = low(m[2]);
      if (n == null && !/^(a few|several|many|some|dozens of)$/.test(t) && !(t === 'few' && m[1])) return null;
      if (n === 1 && /^an?$/.test(t) && !m[1]) return null; // "a year" alone is too often "per year" or generic
      if (/^(?:1[6-9]|20)\d\d$/.test(t) && /^quarter/i.test(m[3]!)) return null; // "the 1988 quarter" is a quarter of 1988
      // "three-quarters of", "more than a quarter of the vote": fractions, not periods.
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^quarter/i.test(m[3]!) && (/-quarters$/i.test(m[0]) || /^\s+of\s+(?:the|all|its|their|those|these|them|us)\b/i.test(after) || (/^quarter$/i.test(m[3]!) && /^\s+of\b/i.test(after)))) return null;
      const lead = low(m[1]);
      const cover = /past|last|previous|latest/.test(lead) ? 'past' : /next|coming/.test(lead) ? 'next' : null;
      // "the past few months", "the next several days": a vague stretch up to or from now (TimeML PAST_REF, FUTURE_REF).
      if (n == null && cover) return { k: 'ref', value: cover === 'past' ? 'PAST_REF' : 'FUTURE_REF' };
      return { k: 'duration', n, unit: unitOf(m[3]!), cover };
    },
  },
  { // the past decade, the past year, the last decade (a duration reaching back from now)
    name: 'duration-one', hint: /\b(?:past|last|next|coming)\s/i, re: rx(String.raw`(?:(?:for|over|during|in)\s+)?the\s+(past|last|next|coming)\s+(${UNIT1})`),
    parse: (m) => ({ k: 'duration', n: 1, unit: unitOf(m[2]!), cover: /next|coming/i.test(m[1]!) ? 'next' : 'past' }),
  },
  { // weeks, years, months (vague durations), recent months, recent years
    name: 'vague', hint: /\b(?:days|weeks|months|quarters|years|decades)\b/i, re: rx(String.raw`(?:(?:for|in|over)\s+)?(?:(recent|past|coming|future)\s+)?(days|weeks|months|quarters|years|decades)(?:\s+(?:ago))?`),
    parse: (m) => {
      // "in recent weeks", "in coming months": the recent past or near future, not a length of time.
      if (m[1]) return { k: 'ref', value: /recent|past/i.test(m[1]) ? 'PAST_REF' : 'FUTURE_REF' };
      if (/^days$/i.test(m[2]!)) return null;
      if (/\bago$/i.test(m[0])) return { k: 'ref', value: 'PAST_REF' };
      return { k: 'duration', n: null, unit: unitOf(m[2]!), cover: m[1] ? 'past' : null };
    },
  },
  { // now, currently, recently, the future, current (prices), recent (talks)
    name: 'ref', hint: /\b(?:now|current|nowadays|present|these days|recent|lately|formerly|past|future|term)/i, re: rx(String.raw`(right now|now|currently|nowadays|at present|presently|these days|recently|lately|formerly|in the past|the past|the (?:near )?future|the (?:near|short) term|then[- ]current|current|recent)`),
    parse: (m) => {
      const w = low(m[1]);
      // "the then-current price" was current in the past.
      if (w.startsWith('then')) return { k: 'ref', value: 'PAST_REF' };
      if (/^(now|right now|currently|nowadays|at present|presently|these days|current)$/.test(w)) return { k: 'ref', value: 'PRESENT_REF' };
      if (/future|soon|term$/.test(w)) return { k: 'ref', value: 'FUTURE_REF' };
      return { k: 'ref', value: 'PAST_REF' };
    },
  },
  { // the third quarter (of 1998), third-quarter, the fourth fiscal quarter, the first half, the latest quarter, the year-ago quarter
    name: 'quarter', hint: /\b(?:quarter|half|period)\b/i, re: rx(String.raw`(?:(?:the\s+)?(${YEAR})(?:'s)?\s+|(this|last|next) year's\s+)?(?:the\s+)?(?:(${ORD}|latest|current|this|previous|past|year-ago|year-earlier|same)[- ])?(?:fiscal[\s-]+)?(?:(${ORD})[- ])?(quarter|half|period)(?:\s+(?:of\s+)?(?:fiscal\s+)?(${YEAR}))?`),
    parse: (m) => {
      const which = low(m[4] ?? m[3]);
      const grain = low(m[5]) === 'half' ? 'half' : 'quarter';
      if (low(m[5]) === 'period' && !/latest|year-ago|year-earlier|same/.test(which) && !(m[1] && !which)) return null;
      if (!which && !/^the/i.test(m[0]) && !m[1]) return null;
      const ord = parseOrdinal(which) ?? ({ '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as Record<string, number>)[which] ?? null;
      const year = m[1] ? Number(m[1]) : m[6] ? Number(m[6]) : null;
      // "the year-ago third quarter": the ordinal names the quarter, year-ago its year.
      const yearRel = m[2] ? relN(m[2]) : m[4] && /^year-/.test(low(m[3])) ? -1 : null;
      if (ord != null && ord <= (grain === 'half' ? 2 : 4)) return { k: 'period', grain, index: ord, year, rel: yearRel };
      if (which === 'final' || which === 'last' && year != null) return { k: 'period', grain, index: grain === 'half' ? 2 : 4, year, rel: yearRel };
      // "the quarter", "the latest quarter": the last one completed; "year-ago": four quarters before it.
      const back = /year-ago|year-earlier/.test(which) ? -4 : which === 'current' ? 1 : which === 'previous' || which === 'past' ? -1 : 0;
      if (which === 'this') return grain === 'quarter' && !ord ? { k: 'period', grain, index: 0, year, rel: 0, here: true } : null;
      return grain === 'quarter' ? { k: 'period', grain, index: 0, year, rel: back, ...(which === 'latest' ? { latest: true } : {}) } : null;
    },
  },
  { // last fall, this summer, this past spring, over the summer, the spring of 2019, winter 2020
    name: 'season', hint: /\b(?:spring|summer|fall|autumn|winter)\b/i, re: rx(String.raw`(?:(last|next|this past|this|early|late|mid-?)\s+)?(?:the\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(${YEAR}|${YEAR_WORDS}))?`),
    parse: (m) => {
      // A bare season needs a modifier, a year, or a preposition before "the" ("over the summer"; "fall" is also a verb).
      const led = /^the\s/i.test(m[0]) && /\b(?:over|during|in|into|through|throughout)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index));
      if (!m[1] && !m[3] && !led) return null;
      const rel = low(m[1]) === 'this past' ? -1 : relN(m[1]);
      return { k: 'period', grain: 'season', index: SEASONS[low(m[2])]!.code, year: m[3] ? yearOf(m[3]) : null, rel };
    },
  },
  { // daily, every week, each year, annually
    name: 'set', hint: /\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|every|each|twice)\b/i, re: rx(String.raw`(daily|weekly|monthly|annually|yearly|hourly|nightly|every\s+(?:other\s+)?(?:day|week|month|year|morning|night|evening)|each\s+(?:day|week|month|year)|twice\s+a\s+(?:day|week|month|year))`),
    parse: (m) => {
      const t = low(m[1]);
      const unit = /day|daily|morning|night|evening/.test(t) ? 'D' : /week/.test(t) ? 'W' : /month/.test(t) ? 'M' : /quarter/.test(t) ? 'Q' : /hour/.test(t) ? 'H' : 'Y';
      const n = /other/.test(t) ? 2 : 1;
      return { k: 'set', value: unit === 'H' ? `PT${n}H` : unit === 'Q' ? 'P3M' : `P${n}${unit}` };
    },
  },
  { // 10:35 a.m., 9 p.m. EDT, noon, 4 a.m. EDT Thursday
    name: 'clock', hint: /\d\s?[ap]\.?m|\d:\d\d|\bnoon\b|\bmidday\b|\bmidnight\b/i, re: rx(String.raw`(?:at\s+)?(${CLOCK})(?:,?\s+(?:on\s+)?(${WEEKDAY})(?!,?\s+${MONTH}\s+\d)|,?\s+(?:on\s+)?(${MONTH})\s+(${DAYNUM})(?:,?\s+(${YEAR}))?)?`),
    parse: (m) => {
      // "5 p.m. EST, Nov. 6": the clock on the date that follows it.
      if (m[3] && capitalised(m[3])) return dateSpec(yearOf(m[5]), monthOf(m[3]), parseInt(m[4]!), clockOf(m[1]));
      const t = low(m[1]);
      if (/^\d{1,2}:\d{2}$/.test(t) && !/^at\s/i.test(m[0])) return null; // a bare "3:1" is a score or ratio
      // "the midday meal" is no time: "midday" needs a preposition ("at midday", "by midday").
      if (t.startsWith('midday') && !/^at\s/i.test(m[0]) && !/\b(?:by|around|until|before|after|from)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return null;
      const clock = clockOf(m[1]);
      if (!clock) return null;
      if (m[2] && capitalised(m[2])) return { k: 'weekday', dow: WEEKDAYS[low(m[2])]!, shift: 'auto', clock };
      return { k: 'clock', clock };
    },
  },
  { // Christmas, Thanksgiving Day, New Year's Day
    name: 'holiday', hint: /\b(?:new year|christmas|boxing|halloween|independence|valentine|thanksgiving|labor day|memorial day|veterans|may day)/i, re: rx(String.raw`(${Object.keys(HOLIDAYS).map((h) => h.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?:\s+(${YEAR}))?`),
    parse: (m) => {
      if (!capitalised(m[1])) return null;
      const key = low(m[1]).replace(/’/g, "'").replace(/\s+/g, ' ');
      const rule = HOLIDAYS[key];
      return rule ? { k: 'holiday', rule, year: m[2] ? Number(m[2]) : null } : null;
    },
  },
];
