/**
 * @module published — a supplied publication date (ISO string, RFC 822 feed date, epoch milliseconds)
 * as ISO 8601, or null when it is not a date. Never guesses from free text: that is clean's job.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Epoch values below this are seconds, not milliseconds (1e11 ms is March 1973; 1e11 s is year 5138). */
const SECONDS_BELOW = 1e11;

export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s || s.length > 64) return null;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  if (ISO_DATE.test(s)) return validDay(s) ? s : null;
  if (ISO_DATETIME.test(s)) return validDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))) ? s.replace(' ', 'T') : null;
  // RFC 822/1123 ("Thu, 09 Jun 2022 11:18:00 GMT") and similar unambiguous forms Date understands.
  if (!/[a-z]{3}/i.test(s) || !/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  // Years past 9999 print as "+010000-…", which is no ISO 8601 date a reader expects (found by fuzzing).
  return Number.isNaN(t) || new Date(t).getUTCFullYear() > 9999 || new Date(t).getUTCFullYear() < 0 ? null : new Date(t).toISOString();
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < SECONDS_BELOW ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999 ? null : d.toISOString();
}

function validDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
