/**
 * @module indirect-evidence — what the body says about when it was written, short of a date line:
 * years and full dates of past events (the article is no older than they are), "last year" beside a
 * year ("in 2018, last year": written in 2019), "last month" beside "May 2019" (written the month after), and events
 * dated only by weekday ("on Thursday": written within a week of them, day unknown).
 */
import type { Range } from '../reading.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { findDates, findMonthYears, isoOf } from './parse-date.ts';

export interface IndirectEvidence {
  /** Years of past events the body mentions ("in 2017", "since 2006"). */
  years: { year: number; range: Range }[];
  /** Full dates of past events the body mentions. */
  days: { day: string; range: Range }[];
  /** The article was written within [earliest, latest] by a "last year"/"last month" reference. */
  windows: { earliest: string; latest: string; range: Range; why: string }[];
  /** Events dated only by weekday. */
  weekdays: { text: string; range: Range }[];
}

/** Words that make a sentence about the future or a plan: its years are no evidence of the past. */
const FUTURE = /\b(?:will|shall|plans? to|planned|expected to|scheduled|set to|aims? to|target(?:s|ed)?|forecast|projected|upcoming|next year|deadline|due to|by (?:the end of )?(?:19|20)\d{2}|until (?:19|20)\d{2}|ahead of (?:the )?(?:19|20)\d{2})\b/i;
const YEAR = /(?<![\p{L}\p{N}$€£.,/:-])((?:19|20)\d{2})(?![\p{N}%]|[.,]\d|\s*(?:people|troops|members|workers|votes|units|tonnes|tons|km|miles|dollars|euros|cases))/gu;
const WEEKDAY = /\b(?:on|last|this|since|until|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s\b/g;

const pad = (n: number) => String(n).padStart(2, '0');

/** Gather indirect evidence from the body paragraphs (offsets stay offsets into `text`). */
export function findIndirectEvidence(text: string, paragraphs: Range[], nowDay: string): IndirectEvidence {
  const nowYear = Number(nowDay.slice(0, 4));
  const ev: IndirectEvidence = { years: [], days: [], windows: [], weekdays: [] };
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end);
    if (para.includes('day')) for (const m of para.matchAll(WEEKDAY)) ev.weekdays.push({ text: m[0], range: { start: p.start + m.index!, end: p.start + m.index! + m[0].length } });
    if (!/\d{4}/.test(para)) continue;
    for (const s of splitSentences(text, p.start, p.end)) {
      const sentence = text.slice(s.start, s.end);
      if (!/\d{4}/.test(sentence) || FUTURE.test(sentence)) continue;
      const dates = findDates(text, s.start, s.end);
      for (const d of dates) {
        const day = isoOf(d.value);
        if (day <= nowDay) ev.days.push({ day, range: { start: d.start, end: d.end } });
      }
      const sentenceYears: { year: number; range: Range }[] = [];
      for (const m of sentence.matchAll(YEAR)) {
        const year = Number(m[1]);
        if (year > nowYear) continue;
        sentenceYears.push({ year, range: { start: s.start + m.index!, end: s.start + m.index! + 4 } });
      }
      ev.years.push(...sentenceYears);
      // "last year, 2018" / "in 2018, last year": the year named is last year, so the article is from the next
      const ly = /\blast year\W{1,3}(?:in\s+)?((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\W{1,3}last year\b/i.exec(sentence);
      if (ly) {
        const y = Number(ly[1] ?? ly[2]) + 1;
        if (y <= nowYear) ev.windows.push({ earliest: `${y}-01-01`, latest: `${y}-12-31`, range: { start: s.start, end: s.end }, why: `"last year" is ${y - 1}` });
      }
      const months = !/last month/i.test(sentence) ? [] : findMonthYears(text, s.start, s.end).filter((m) => /last month\W{1,3}(?:in\s+)?$/i.test(text.slice(Math.max(s.start, m.start - 16), m.start)) || /^\W{1,3}last month/i.test(text.slice(m.end, m.end + 14)));
      if (months.length === 1) {
        const { year, month } = months[0]!.value;
        const next = month === 12 ? [year + 1, 1] : [year, month! + 1];
        const last = new Date(Date.UTC(next[0]!, next[1]!, 0)).getUTCDate();
        ev.windows.push({ earliest: `${next[0]}-${pad(next[1]!)}-01`, latest: `${next[0]}-${pad(next[1]!)}-${pad(last)}`, range: { start: s.start, end: s.end }, why: `"last month" beside ${text.slice(months[0]!.start, months[0]!.end)}` });
      }
    }
  }
  return ev;
}
