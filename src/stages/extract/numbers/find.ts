/**
 * @module numbers/find — number mentions in a sentence: digits (with sign, currency, scale, percent) and words
 * ("twenty-four", "a dozen", "1.5 million"), and ordinals ("third", "21st").
 */
import { CARDINAL_WORDS_SOURCE } from '../../../lib/text/number-words.ts';
import { CURRENCY_WORDS } from './lexicon.ts';

export interface RawNumber {
  start: number;
  end: number;
  sign: string;
  currency: string;
  amount: string;
  scale: string;
  percent: boolean;
  currencyWord: string;
  /** The unit word joined by a hyphen ("16-inch", "two-day", "8-year-old"). */
  hyphenUnit: string;
  ordinal: boolean;
}

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const SIGNS = String.raw`US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$|£|€|¥|₹|₩|Rs\.?\s?|(?:USD|EUR|GBP|INR)\s?`;
const VAGUE = String.raw`a\s+dozen|dozens|hundreds|thousands|millions|billions|twice|thrice`;
const SCALE = String.raw`\s?(?:thousand|million|billion|trillion|lakhs?|crores?|mn|mln|bn|tn)\b|(?:k|m|b)(?![\w])`;
const PERCENT = String.raw`\s?(?:%|percent\b|per\s?cent\b|percentage points?\b)`;
const CUR_WORDS = Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length).join('|');

const NUMBER = new RegExp(
  String.raw`(?<![\w.,])([-−+](?=[\d$£€.]))?(${SIGNS})?(${DIGITS}|${CARDINAL_WORDS_SOURCE}|${VAGUE})(${SCALE})?(${PERCENT})?(?:\s(${CUR_WORDS})\b)?(?:-([a-z]+)(?:-old)?)?(?![\w])`,
  'gi',
);
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth';
const ORDINAL = new RegExp(
  String.raw`(?<![\w.])(\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:${ORDINAL_WORDS}))(?![\w])`,
  'gi',
);

/** Number mentions in text[from, to), longest first where they overlap, in text order. */
export function findRawNumbers(text: string, from: number, to: number): RawNumber[] {
  const slice = text.slice(from, to);
  const out: RawNumber[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) {
    const start = from + m.index;
    out.push({
      start, end: start + m[0].length, sign: m[1] ?? '', currency: (m[2] ?? '').trim(), amount: m[3]!, scale: (m[4] ?? '').trim(),
      percent: !!m[5], currencyWord: m[6] ?? '', hyphenUnit: m[7] ?? '', ordinal: false,
    });
  }
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(slice); m; m = ORDINAL.exec(slice)) {
    const start = from + m.index;
    if (out.some((o) => o.start < start + m![0].length && start < o.end)) continue;
    out.push({ start, end: start + m[0].length, sign: '', currency: '', amount: m[1]!, scale: '', percent: false, currencyWord: '', hyphenUnit: '', ordinal: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
