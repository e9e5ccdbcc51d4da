/** @module numbers/parse — the value and unit of a raw number mention, and whether it is a number at all. */
import { parseCardinal, parseOrdinal } from '../../../lib/text/number-words.ts';
import { CURRENCY_SIGNS, CURRENCY_WORDS, SCALE_WORDS, VAGUE_COUNTS } from './lexicon.ts';
import type { RawNumber } from './find.ts';
import { notAQuantity } from './exclusions.ts';

export interface ParsedNumber {
  value: number;
  /** ISO currency code, "%", "ordinal", a hyphen unit ("inch"), or null (the counted noun decides). */
  unit: string | null;
  kind: 'cardinal' | 'ordinal' | 'percent' | 'money';
}

/** Hyphen words that make an adjective, not a measure ("one-sided", "two-way"). */
const NOT_UNITS = /^(?:sided|way|fold|off|up|on|liner|faced|handed|dimensional|party|stop|size|shot)$/i;

export function parseNumber(raw: RawNumber, text: string): ParsedNumber | null {
  const after = text.slice(raw.end, raw.end + 12);
  const before = text.slice(Math.max(0, raw.start - 30), raw.start);
  if (notAQuantity(raw, before, after)) return null;
  if (raw.ordinal) {
    const value = parseOrdinal(raw.amount.toLowerCase());
    return value == null ? null : { value, unit: 'ordinal', kind: 'ordinal' };
  }
  const lower = raw.amount.toLowerCase().replace(/\s+/g, ' ');
  let value: number | null;
  if (lower in VAGUE_COUNTS) value = VAGUE_COUNTS[lower]!;
  else if (/^a dozen$/.test(lower)) value = 12;
  else if (/^[\d.,]+$/.test(lower)) value = Number(lower.replace(/,/g, ''));
  else value = parseCardinal(lower);
  if (value == null || Number.isNaN(value)) return null;
  const scaleWord = raw.scale.toLowerCase();
  const scale = SCALE_WORDS[scaleWord];
  if (scale && (scaleWord.length > 1 || raw.currency)) value *= scale;
  else if (raw.scale) return null;
  if (raw.sign === '-' || raw.sign === '−') value = -value;
  value = Math.round(value * 1e6) / 1e6;
  const currency = CURRENCY_SIGNS[raw.currency] ?? CURRENCY_SIGNS[raw.currency.replace(/\s/g, '')] ?? CURRENCY_WORDS[raw.currencyWord.toLowerCase()];
  if (currency) return { value, unit: currency, kind: 'money' };
  if (raw.percent) return { value, unit: '%', kind: 'percent' };
  if (raw.hyphenUnit && NOT_UNITS.test(raw.hyphenUnit)) return null;
  if (raw.hyphenUnit) return { value, unit: raw.hyphenUnit.toLowerCase(), kind: 'cardinal' };
  if (lower === 'twice' || lower === 'thrice') return { value, unit: 'times', kind: 'cardinal' };
  return { value, unit: null, kind: 'cardinal' };
}
