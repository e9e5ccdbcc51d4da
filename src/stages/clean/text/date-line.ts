/**
 * @module date-line — blocks that are only a date or timestamp ("Jun 09, 2022 11:18 UTC",
 * "Sunday, November 17, 2024", "Published: 16 Nov 2019 | Updated: 17 Nov 2019 10:05 GMT"),
 * with each date's kind: published, or modified when the words before it say "updated".
 */
import { findDates, type DateValue } from '../pub-date/parse-date.ts';
import type { Range } from '../reading.ts';

export interface LineDate {
  range: Range;
  value: DateValue;
  kind: 'published' | 'modified';
}

export interface DateLine {
  dates: LineDate[];
  /** Words such as "Published", "Posted", "Updated" stand beside the date: the article's own stamp. */
  labelled: boolean;
  /** A time of day is given: a timestamp rather than a calendar widget. */
  hasTime: boolean;
}

const FILLER = /\b(?:published|posted|updated|last updated|last modified|modified|first published|created|date|on|at|am|pm|a\.m\.|p\.m\.|utc|gmt|[ecmp][sd]?t|ist|kst|jst|bst|cet|cest|et|pt|hrs|uhr|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|le|el|il|am|um)\b/gi;
const TIME = /\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?/gi;
const MODIFIED = /\b(?:updated|last updated|modified|last modified|edited|revised|aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\b/i;
const LABEL = /\b(?:published|posted|updated|modified|first published|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b/i;

/** The dates of a block that holds nothing else, or null. Offsets are into the whole text. */
export function readDateLine(text: string, start: number, end: number): DateLine | null {
  if (end - start > 120 || !/\d{4}/.test(text.slice(start, end))) return null;
  const found = findDates(text, start, end);
  if (!found.length) return null;
  let rest = text.slice(start, end);
  for (const f of [...found].reverse()) rest = rest.slice(0, f.start - start) + ' ' + rest.slice(f.end - start);
  const hasTime = found.some((f) => f.value.hasTime) || TIME.test(rest);
  TIME.lastIndex = 0;
  rest = rest.replace(TIME, ' ').replace(FILLER, ' ').replace(/[\s|:,\-–—•·/()[\]]+/g, '');
  if (rest.length > 0) return null;
  let from = start;
  const dates = found.map((f) => {
    const before = text.slice(from, f.start);
    from = f.end;
    return { range: { start: f.start, end: f.end }, value: f.value, kind: MODIFIED.test(before) ? 'modified' as const : 'published' as const };
  });
  return { dates, labelled: LABEL.test(text.slice(start, end)), hasTime };
}
