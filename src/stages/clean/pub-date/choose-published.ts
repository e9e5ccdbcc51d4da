/**
 * @module choose-published — the publication date from every candidate a reader found, with the
 * evidence for it; an honest interval when there is only indirect evidence; never a date nobody wrote.
 *  1. read each candidate's date (a datetime keeps the day as written)
 *  2. reject the impossible or misleading, each with its reason: after `now`; placeholder metadata;
 *     a page-header date long after every event the body mentions (the scrape day); an updated date
 *     when the original is known; a header date that contradicts the article's own date
 *  3. choose among the rest: the reader's first choice (readers rank their candidates), the sources
 *     that agree with it adding confidence
 *  4. otherwise bound the date by the body's indirect evidence (past years and dates, "last year",
 *     "last month") and by the day the page was seen (a rejected header date), with low confidence
 */
import type { Published } from '../../../core/index.ts';
import type { CleanOptions } from '../defaults.ts';
import type { DateCandidate, DateSource, Range } from '../reading.ts';
import { parseDate, daysCovered, type DateValue } from './parse-date.ts';
import { findIndirectEvidence, type IndirectEvidence } from './indirect-evidence.ts';

export interface DateChoice {
  published: Published;
  rejected: { date: string; range: Range; reason: string }[];
}

interface Read {
  c: DateCandidate;
  value: DateValue;
  first: string;
  last: string;
}

/** Sources written by the article or its publisher for this article (not page chrome, not body events). */
const OWN: DateSource[] = ['record', 'jsonld', 'meta', 'time-element', 'byline', 'dateline', 'url'];
const MACHINE: DateSource[] = ['jsonld', 'meta', 'time-element', 'url'];
const NO_RANGE: Range = { start: 0, end: 0 };

const describe = (r: Read) => `${r.c.source}${r.c.kind === 'modified' ? ' (updated)' : ''}${r.c.note ? ` ${r.c.note}` : ` ${r.c.date}`}`;

function evidenceFloor(ev: IndirectEvidence): { day: string; why: string } | null {
  const lastDay = ev.days.map((d) => d.day).sort().pop();
  const maxYear = Math.max(...ev.years.map((y) => y.year));
  const yearDay = Number.isFinite(maxYear) ? `${maxYear}-01-01` : null;
  if (lastDay && (!yearDay || lastDay >= yearDay)) return { day: lastDay, why: `the body dates an event ${lastDay}` };
  return yearDay ? { day: yearDay, why: `the body mentions ${maxYear} as past` } : null;
}

/**
 * The day of the first day-precision candidate (readers list candidates best first), with the
 * confidence of every source that names that day: independent sources that agree add up.
 */
function bestDay(reads: Read[], opts: CleanOptions): { day: string; confidence: number; members: Read[] } | null {
  const first = reads.find((r) => r.value.day != null);
  if (!first) return null;
  const members = reads.filter((r) => r.value.day != null && r.first === first.first);
  const sources = new Map(members.map((m) => [m.c.source, opts.pubDate.sourceConfidence[m.c.source]]));
  const confidence = 1 - [...sources.values()].reduce((p, c) => p * (1 - c), 1);
  return { day: first.first, confidence, members };
}

function interval(earliest: string | null, latest: string | null, confidence: number, basis: string): Published {
  return { date: earliest && earliest === latest ? earliest : null, earliest, latest, confidence, basis };
}

/** Choose the publication date. `paragraphs` (the body) are read for indirect evidence when given. */
export function choosePublished(candidates: DateCandidate[], text: string, opts: CleanOptions, paragraphs: Range[] = []): DateChoice {
  const o = opts.pubDate;
  const nowDay = opts.now.toISOString().slice(0, 10);
  const rejected: DateChoice['rejected'] = [];
  const reject = (r: Read | DateCandidate, reason: string) => {
    const c = 'c' in r ? r.c : r;
    rejected.push({ date: 'first' in r ? r.first : c.date, range: c.range ?? NO_RANGE, reason });
  };
  const ev = findIndirectEvidence(text, paragraphs, nowDay);
  const floor = evidenceFloor(ev);
  const maxYear = Math.max(...ev.years.map((y) => y.year), ...ev.days.map((d) => Number(d.day.slice(0, 4))));

  // 1-2: read, then reject the impossible
  let reads: Read[] = [];
  for (const c of candidates) {
    const value = parseDate(c.date);
    if (!value) { reject(c, 'unreadable date'); continue; }
    const [first, last] = daysCovered(value);
    const r = { c, value, first, last };
    if (first > nowDay) reject(r, `after the moment of analysis (${nowDay}): no page is published in the future`);
    else if (MACHINE.includes(c.source) && last < o.minMetadataDate) reject(r, `before ${o.minMetadataDate}: a placeholder in the page metadata, not a publication date`);
    else reads.push(r);
  }
  let seenBy: { day: string; why: string } | null = null;
  reads = reads.filter((r) => {
    if (r.c.source !== 'header' || !Number.isFinite(maxYear)) return true;
    if (r.value.year < maxYear) {
      reject(r, `page-header date ${r.first} is before events the article reports in ${maxYear}: not its publication date`);
      return false;
    }
    if (r.value.year - maxYear <= o.headerMaxYearsAfterEvents) return true;
    reject(r, `page-header date ${r.first} is ${r.value.year - maxYear} years after the latest year the article mentions (${maxYear}): the day the page was viewed or scraped, not published`);
    if (!seenBy || r.first < seenBy.day) seenBy = { day: r.first, why: `the page was viewed on ${r.first} (its header date)` };
    return false;
  });
  const published = reads.filter((r) => r.c.kind !== 'modified' && r.c.source !== 'relative');
  const own = published.filter((r) => OWN.includes(r.c.source) && r.value.day != null);
  if (own.length) {
    reads = reads.filter((r) => {
      if (r.c.kind === 'modified') { reject(r, `updated/modified date; the original publication date is given (${own[0]!.first})`); return false; }
      if (r.c.source === 'header' && !own.some((x) => x.first === r.first)) { reject(r, `page-header date differs from the article's own date (${own[0]!.first}): most likely the day the page was viewed`); return false; }
      return true;
    });
  }

  // 3: choose among direct candidates, in the reader's order of preference
  const pool = reads.filter((r) => r.c.kind !== 'modified' && r.c.source !== 'relative');
  const best = bestDay(pool, opts);
  if (best) {
    let confidence = best.confidence;
    let basis = best.members.map(describe).join('; ');
    if (best.members.length > 1) basis += ' (sources agree)';
    if (floor && best.day < floor.day && !best.members.some((m) => m.c.source === 'record' || m.c.source === 'jsonld' || m.c.source === 'meta')) {
      confidence *= 0.6;
      basis += `; but ${floor.why}`;
    }
    return { published: { date: best.day, earliest: best.day, latest: best.day, confidence: round(confidence), basis }, rejected };
  }
  const partial = pool.filter((r) => r.value.day == null).sort((a, b) => (a.last < b.last ? -1 : 1))[0];
  if (partial) {
    return { published: interval(partial.first, partial.last, round(o.sourceConfidence[partial.c.source] * 0.5), `${describe(partial)} gives only the ${partial.value.month ? 'month' : 'year'}`), rejected };
  }
  const modified = reads.filter((r) => r.c.kind === 'modified' && r.value.day != null).sort((a, b) => (a.first < b.first ? -1 : 1))[0];
  if (modified) {
    return { published: { date: modified.first, earliest: floor?.day ?? null, latest: modified.first, confidence: o.modifiedOnlyConfidence, basis: `only an updated date is given, ${describe(modified)}; published on or before it` }, rejected };
  }

  // 4: an interval from indirect evidence
  return { published: indirectInterval(ev, floor, seenBy, reads.filter((r) => r.c.source === 'relative'), nowDay, o.indirectConfidence), rejected };
}

function indirectInterval(ev: IndirectEvidence, floor: { day: string; why: string } | null, seenBy: { day: string; why: string } | null, relative: Read[], nowDay: string, base: number): Published {
  const lows = [floor, ...relative.map((r) => ({ day: r.c.earliest ?? r.first, why: describe(r) })), ...ev.windows.map((w) => ({ day: w.earliest, why: w.why }))].filter((x): x is { day: string; why: string } => !!x);
  const highs = [seenBy, ...relative.map((r) => ({ day: r.c.latest ?? r.last, why: describe(r) })), ...ev.windows.map((w) => ({ day: w.latest, why: w.why }))].filter((x): x is { day: string; why: string } => !!x);
  if (!lows.length && !highs.length) {
    const weekdays = ev.weekdays.length ? `; events are dated only by weekday (${[...new Set(ev.weekdays.map((w) => w.text))].slice(0, 3).join(', ')})` : '';
    return { date: null, earliest: null, latest: null, confidence: 0, basis: `no date evidence${weekdays}` };
  }
  let low = lows.sort((a, b) => (a.day < b.day ? 1 : -1))[0] ?? null;
  let high = [...highs, { day: nowDay, why: 'not after the moment of analysis' }].sort((a, b) => (a.day < b.day ? -1 : 1))[0]!;
  if (low && low.day > high.day) {
    // contradictory indirect evidence: keep the plainest bounds (years mentioned, the page seen)
    low = floor && floor.day <= (seenBy?.day ?? nowDay) ? floor : null;
    high = seenBy ?? { day: nowDay, why: 'not after the moment of analysis' };
  }
  const parts = [low ? `on or after ${low.day}: ${low.why}` : null, `on or before ${high.day}: ${high.why}`];
  if (ev.weekdays.length) parts.push(`events are dated only by weekday (${[...new Set(ev.weekdays.map((w) => w.text))].slice(0, 3).join(', ')}), so the day itself is not stated`);
  const confidence = ev.windows.length || relative.length ? base * 1.5 : base;
  return interval(low?.day ?? null, high.day, round(confidence), `no explicit publication date; ${parts.filter(Boolean).join('; ')}`);
}

const round = (x: number) => Math.round(x * 100) / 100;
