/**
 * @module dateline-prefix — the dateline that opens a wire lede: "WASHINGTON (Reuters) - ",
 * "UNITED NATIONS, Nov 16 (Reuters) - ", "SEOUL, South Korea (AP) — ", "Paris (AFP) - ",
 * "NEW DELHI: ", "(Reuters) - ", "AP — ", "NEW YORK, Nov. 16, 2019 /PRNewswire/ -- ", "(CNN)The Senate ...",
 * "New Delhi, Nov 16 (PTI) The government ...".
 */
import { findAgencies, isOnlyAgencies } from './find-agencies.ts';
import { findDates, type DateValue } from '../pub-date/parse-date.ts';

export interface DatelinePrefix {
  /** Length of the prefix, separator and following space included. */
  length: number;
  agencies: string[];
  /** Credited to an agency or set off by a dash: no all-capital label ("BREAKING:", "FIX IS IN:") reads so. */
  strong: boolean;
  /** A full date in the dateline (one without a year gives none). */
  date: { start: number; end: number; value: DateValue } | null;
}

const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu}.'’\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30}?)?`;
const PLACE_TITLE = String.raw`\p{Lu}[\p{L}.'’\- ]{1,30}?(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30}?)?`;
const DATE = String.raw`(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?`;
const AGENCY = String.raw`\s*(?:\(([^()]{2,40})\)|/([^/]{2,30})/)`;
const SEP = String.raw`\s*(?:--|[-–—:])\s+`;
const WITH_AGENCY = new RegExp(`^(?:${PLACE_TITLE}${DATE})?${AGENCY}${SEP}`, 'u');
/** "(CNN)The Senate ...", "New Delhi, Nov 16 (PTI) The government ...": the credit runs straight into the lede. */
const NO_SEPARATOR = new RegExp(`^(?:${PLACE_TITLE}${DATE})?\\s*\\(([^()]{2,40})\\)\\s*(?=[\\p{Lu}"“‘])`, 'u');
const CAPS_ONLY = new RegExp(`^(?=\\p{Lu}{2})${PLACE_CAPS}${DATE}(?:${AGENCY})?${SEP}`, 'u');

/** The dateline opening `para` (offsets relative to `offset`), or null. */
export function readDatelinePrefix(para: string, offset = 0): DatelinePrefix | null {
  const joined = NO_SEPARATOR.exec(para);
  if (joined && !WITH_AGENCY.test(para)) {
    // only a known agency or a short all-capital outlet ("CNN") may run into the text unseparated
    const agencies = findAgencies(joined[1]!);
    if (!agencies.length && !/^\p{Lu}{2,6}$/u.test(joined[1]!)) return null;
    return { length: joined[0].length, agencies, strong: true, date: null };
  }
  const m = WITH_AGENCY.exec(para) ?? CAPS_ONLY.exec(para);
  if (!m) return null;
  const credit = m[1] ?? m[2] ?? '';
  const bare = m[0].replace(/\s*(?:--|[-–—:])\s*$/, '');
  // "AP — The ...": the agency itself opens the paragraph
  if (!credit && isOnlyAgencies(bare)) return { length: m[0].length, agencies: findAgencies(bare), strong: true, date: null };
  const agencies = credit ? findAgencies(credit) : [];
  // "(Reuters)" must name an agency; a capitalised place alone must be all capitals ("WASHINGTON —")
  if (credit && !agencies.length && !/newswire|wire/i.test(credit)) return null;
  const place = m[0].replace(/\s*(?:\(.*|\/.*)$/, '').replace(/[,\s\-–—:]+$/, '');
  if (!credit && (!/^[\p{Lu}\p{N} .,'’\-]+$/u.test(place.split(',')[0]!) || place.length < 3)) return null;
  const found = findDates(para, 0, m[0].length)[0];
  const strong = !!credit || /(?:--|[-–—])\s+$/.test(m[0]);
  return { length: m[0].length, agencies, strong, date: found ? { start: offset + found.start, end: offset + found.end, value: found.value } : null };
}
