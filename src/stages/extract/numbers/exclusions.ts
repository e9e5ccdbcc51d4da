/**
 * @module numbers/exclusions — numbers that are not quantities: idioms ("at first", "no one"), parts of names
 * and models ("S&P 500", "NBC 5", "787-9"), codes glued to letters ("6A"), scores and ranges ("45-17"),
 * emergency numbers ("called 911").
 */
import type { RawNumber } from './find.ts';

const IDIOMS = /^(?:no one|one another|one after|one by one|one or two|at first|first of all|first-ever|one day|once)$/i;
const ONE_AFTER = /\b(?:the|no|any|every|each|which|that|this|last|only|little|big|right|wrong|phase|stage|day|round|part|chapter|level|formula)\s+$/i;
const SMALL_NUMBER = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/i;
const EMERGENCY = /^(?:911|999|112)$/;
/** Capitalised words that start a phrase, not a name, before a number ("The 13", "About 40"). */
const PHRASE_OPENERS = /^(?:The|A|An|In|On|At|By|Of|For|With|From|And|About|Some|Nearly|Roughly|Over|Under|All|Only|Just|Its|Their|His|Her|These|Those)$/;

const lastWord = (s: string) => s.trimEnd().split(/\s+/).pop() ?? '';
const nextWord = (s: string) => s.trimStart().split(/\s+/)[0] ?? '';

/** True when the mention is an idiom or an ordinal that does not count ("in the first place", "first six"). */
function idiom(raw: RawNumber, before: string, after: string): boolean {
  if (IDIOMS.test(`${lastWord(before)} ${raw.amount}`.trim()) || IDIOMS.test(`${raw.amount} ${nextWord(after)}`.trim())) return true;
  if (/^one$/i.test(raw.amount) && ONE_AFTER.test(before)) return true;
  if (!raw.ordinal) return false;
  if (/^first$/i.test(raw.amount) && (/^\s+of all\b/i.test(after) || (/\bthe\s+$/i.test(before) && /^\s+place\b/i.test(after)))) return true;
  return SMALL_NUMBER.test(after.trimStart()) && /^\s/.test(after); // "first six albums": the cardinal counts
}

/** True when a digit number is glued to letters or other numbers: a code, model, score or range. */
function code(raw: RawNumber, before: string, after: string): boolean {
  if (/^[A-Za-z]/.test(after) && !raw.scale && !raw.percent) return true;
  if (/^[-–/:]\d/.test(after) || /\d[-–/:]$/.test(before)) return true;
  return /[A-Za-z]-?$/.test(before) && /^\d/.test(raw.amount) && !raw.currency;
}

/** True when the number follows a name or another number ("S&P 500", "NBC 5", "400 737 jets", "One Home Depot"). */
function partOfName(raw: RawNumber, before: string, after: string): boolean {
  if (raw.currency || raw.sign) return false;
  const prev = /(^|[.!?"“]\s+|\s)(\S+)\s$/.exec(before);
  const prevWord = prev?.[2] ?? '';
  const sentenceInitial = !prev || (prev[1] !== ' ' && prev[1] !== '');
  if (/^\d/.test(raw.amount) && /[A-Za-z&\d]\s$/.test(before)) {
    if (/\d$/.test(prevWord) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(prevWord)) return true;
    if (/^[A-Z]/.test(prevWord) && !sentenceInitial && !PHRASE_OPENERS.test(prevWord)) return true;
  }
  return /^[A-Z][a-z]+$/.test(raw.amount) && /^\s+[A-Z]/.test(after) && before.trim() !== '' && !/[.!?"“]\s*$/.test(before);
}

const emergency = (raw: RawNumber, before: string, after: string) => EMERGENCY.test(raw.amount)
  && (/^\s+calls?\b/i.test(after) || /\b(?:call|called|calling|dial|dialed|dialled)\s+$/i.test(before));

/** Whether the mention is something other than a quantity; `before`/`after` are the text around it. */
export function notAQuantity(raw: RawNumber, before: string, after: string): boolean {
  return idiom(raw, before, after) || (!raw.ordinal && (code(raw, before, after) || partOfName(raw, before, after) || emergency(raw, before, after)));
}
