/**
 * @module clean/html/rank-dates — order date clues so the best-supported day comes first: each clue
 * votes for its day with the weight of its kind (structured metadata and the URL weigh most, a date
 * beside the headline next, loose visible dates little), and independent clues that agree add up.
 * A UTC timestamp also votes for the previous day when a local clue says so (the newsroom's evening).
 */
import type { DateCandidate } from '../reading.ts';

/** Vote of one clue, by where it came from (calibrated on eval/dates, the htmldate pages). */
function weight(c: DateCandidate): number {
  if (c.kind === 'modified') return 1.0;
  const note = c.note ?? '';
  switch (c.source) {
    case 'record': return 10;
    case 'jsonld': return /Article|Posting|Report|Review|Blog/.test(note) && !/dateCreated/.test(note) ? 3 : 1.5;
    case 'meta': return /<meta (date|dc\.date|dcterms\.date|pubdate)>/.test(note) ? 2 : 3;
    case 'time-element': return /publication/.test(note) ? 2.5 : 1;
    case 'url': return 3;
    case 'byline': return 2.5;
    case 'dateline': return 2;
    case 'visible': return 0.5;
    case 'header': return 0.2;
    default: return 0.3;
  }
}

const isUtc = (d: string) => /T\d{2}:\d{2}:\d{2}(Z|\+00:00)$/.test(d);
const dayBefore = (d: string) => new Date(Date.parse(d.slice(0, 10)) - 86400_000).toISOString().slice(0, 10);

export function rankDates(cands: DateCandidate[]): DateCandidate[] {
  if (cands.length < 2) return cands;
  const votes = new Map<string, number>();
  // one vote per (source, day): ten copies of the same <time> are one clue
  const counted = new Set<string>();
  for (const c of cands) {
    const day = c.date.slice(0, 10);
    const key = `${c.note ?? c.source}|${day}`;
    if (counted.has(key)) continue;
    counted.add(key);
    votes.set(day, (votes.get(day) ?? 0) + weight(c));
  }
  for (const c of cands) {
    if (!isUtc(c.date) || c.kind === 'modified') continue;
    const prev = dayBefore(c.date);
    if (cands.some((o) => (o.source === 'url' || o.source === 'byline') && o.date.slice(0, 10) === prev)) {
      votes.set(prev, (votes.get(prev) ?? 0) + weight(c));
    }
  }
  let best = cands[0]!.date.slice(0, 10);
  for (const [day, v] of votes) if (v > votes.get(best)!) best = day;
  const first = cands.filter((c) => c.date.slice(0, 10) === best && c.kind !== 'modified');
  const lead = first.length ? first : cands.filter((c) => c.date.slice(0, 10) === best);
  return [...lead, ...cands.filter((c) => !lead.includes(c))];
}
