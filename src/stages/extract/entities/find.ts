/**
 * @module extract/entities/find — candidate spans in one sentence: gazetteer names, role words, honorifics and
 * capitalised runs that may be names. Typing them is parse's job.
 */
import { isCapitalized, lowerOf, type WordToken } from '../../../lib/text/word-tokens.ts';
import { ENGLISH_STOPWORDS } from '../../../lib/text/stopwords.ts';
import { lookup, isNamePrefix, mayStartName, ROLE_FIRST_WORDS, ROLES, ROLE_MODIFIERS, HONORIFICS, GIVEN_NAMES, type GazetteerEntry } from './gazetteer.ts';
import { CALENDAR_WORDS, COMMON_STARTERS, NAME_PARTICLES, NAME_SUFFIXES, ORG_KEYWORDS } from './lexicon.ts';
import type { EntityOptions } from './defaults.ts';

export type SegmentKind = 'gazetteer' | 'role' | 'modifier' | 'honorific' | 'name';

/** A run of tokens [first, last] (inclusive indexes into the sentence's tokens). */
export interface Segment {
  kind: SegmentKind;
  first: number;
  last: number;
  start: number;
  end: number;
  entry?: GazetteerEntry;
}

export interface FindContext {
  /** Words the document also writes in lower case: a capitalised sentence opener among them is a common word. */
  lowerWords: ReadonlySet<string>;
  opts: EntityOptions;
}

const isWordCap = (t: WordToken | undefined) => !!t && t.word && isCapitalized(t.text);
const lc = lowerOf;

/** Longest gazetteer match starting at token i (exact case; "the North" needs its "the"). */
function gazetteerAt(tokens: WordToken[], i: number, max: number, allCaps: boolean): { last: number; entry: GazetteerEntry } | null {
  const t0 = tokens[i]!;
  if (!mayStartName(t0.text) || (!isCapitalized(t0.text) && t0.text !== 'the')) return null;
  let surface = '';
  let best: { last: number; entry: GazetteerEntry } | null = null;
  for (let j = i; j < tokens.length && j < i + max; j++) {
    const t = tokens[j]!.text;
    surface += j === i ? t : t.length === 2 && (t === "'s" || t === '\u2019s') ? "'s" : ' ' + t;
    if (!isNamePrefix(surface)) break;
    const entry = lookup(surface);
    if (entry && !(allCaps && entry.form === 'demonym')) best = { last: j, entry };
  }
  return best;
}

/** "US-led", "China-backed": a gazetteer name before a lower-case hyphenated word. */
function hyphenPrefix(t: WordToken): string | null {
  if (!t.text.includes('-')) return null;
  const m = /^([\p{L}.]+)-\p{Ll}/u.exec(t.text);
  return m && lookup(m[1]!) ? m[1]! : null;
}

/** Longest role ("prime minister", "Secretary-General") starting at token i. */
function roleAt(tokens: WordToken[], i: number): number {
  if (!ROLE_FIRST_WORDS.has(lc(tokens[i]!))) return -1;
  let best = -1;
  let phrase = '';
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j]!;
    if (!t.word) break;
    phrase += (j === i ? '' : ' ') + lc(t);
    if (ROLES.has(phrase)) best = j;
  }
  return best;
}

/** Whether a sentence is a capitalised headline ("CRICKET - LEICESTERSHIRE TAKE OVER"): its capitals mean nothing. */
function isAllCaps(tokens: WordToken[]): boolean {
  const words = tokens.filter((t) => t.word && /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  return words.filter((t) => t.text === t.text.toUpperCase()).length / words.length > 0.6;
}

/** Segments of one sentence's tokens, left to right, not overlapping. */
export function findSegments(tokens: WordToken[], ctx: FindContext): Segment[] {
  const out: Segment[] = [];
  const allCaps = isAllCaps(tokens);
  const firstWord = tokens.findIndex((t) => t.word);
  const push = (kind: SegmentKind, first: number, last: number, entry?: GazetteerEntry) =>
    out.push({ kind, first, last, start: tokens[first]!.start, end: tokens[last]!.end, ...(entry ? { entry } : {}) });
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.word) { i++; continue; }
    // Fast path: a lower-case word can only open a role ("the ambassador") or "the North".
    if (!isCapitalized(t.text) && t.text !== 'the' && !ROLE_FIRST_WORDS.has(lc(t))) { i++; continue; }
    const gaz = gazetteerAt(tokens, i, ctx.opts.maxGazetteerTokens, allCaps);
    // A given name that is also a place ("Victoria Nuland", "Jordan Peterson") is a person when a name follows.
    const givenFirst = gaz && gaz.last === i && GIVEN_NAMES.has(lc(t)) && isWordCap(tokens[i + 1]) && !lookup(tokens[i + 1]!.text);
    if (gaz && !givenFirst && !(gaz.entry.form === 'context' && tokens[i]!.text !== 'the')) {
      push('gazetteer', i, gaz.last, gaz.entry);
      i = gaz.last + 1;
      continue;
    }
    const prefix = hyphenPrefix(t);
    if (prefix) {
      out.push({ kind: 'gazetteer', first: i, last: i, start: t.start, end: t.start + prefix.length, entry: lookup(prefix)! });
      i++;
      continue;
    }
    const role = roleAt(tokens, i);
    if (role >= 0 && !(isCapitalized(t.text) && isWordCap(tokens[role + 1]) && ORG_KEYWORDS.has(lc(tokens[role + 1]!)))) {
      push('role', i, role);
      i = role + 1;
      continue;
    }
    if (HONORIFICS.has(lc(t)) && isCapitalized(t.text) && (isWordCap(tokens[i + 1]) || (tokens[i + 1]?.text === '.' && isWordCap(tokens[i + 2])))) {
      const last = tokens[i + 1]?.text === '.' ? i + 1 : i;
      push('honorific', i, last);
      i = last + 1;
      continue;
    }
    if (isCapitalized(t.text) && ROLE_MODIFIERS.has(lc(t)) && leadsToRole(tokens, i + 1, ctx)) {
      push('modifier', i, i);
      i++;
      continue;
    }
    if (isCapitalized(t.text) && !allCaps && !(isOpener(tokens, i, firstWord) && isCommonOpener(t, ctx)) && !isCalendar(tokens, i) && t.text !== 'I') {
      const last = extendName(tokens, i, ctx);
      push('name', i, last);
      i = last + 1;
      continue;
    }
    i++;
  }
  return out;
}

/** "Jun" is June only when a date follows or it is the full month name ("Zhang Jun" is a name). */
function isCalendar(tokens: WordToken[], i: number): boolean {
  const w = lc(tokens[i]!);
  if (!CALENDAR_WORDS.has(w)) return false;
  return w.length > 3 || tokens[i + 1]?.text === '.' || /^\d/.test(tokens[i + 1]?.text ?? '') || !isWordCap(tokens[i - 1]);
}

/** The first word of a sentence, or the first after a colon, bar or bullet ("Read more: Why ..."). */
function isOpener(tokens: WordToken[], i: number, firstWord: number): boolean {
  return i === firstWord || /^[:|\u2022\u2013\u2014\-(\u201C"]$/.test(tokens[i - 1]?.text ?? '');
}

/** Endings of common nouns and adjectives, rare in names ("Buyers", "Consultations", "Attendance"). */
const COMMON_SUFFIX = /^\p{L}{3,}(?:ers|tions?|sions?|ments?|ness|ities|ity|ings?|ies|ous|ance|ence|ives?)$/u;

/** A capitalised sentence opener that is a common word ("The", "Meanwhile", or a word written lower-case elsewhere). */
function isCommonOpener(t: WordToken, ctx: FindContext): boolean {
  const w = lc(t);
  if (GIVEN_NAMES.has(w)) return false;
  const lower = ctx.lowerWords;
  return ENGLISH_STOPWORDS.has(w) || COMMON_STARTERS.has(w) || lower.has(w) || COMMON_SUFFIX.test(w) || lower.has(w + 's') || lower.has(w.replace(/s$/, '')) ||
    (w.includes('-') && lower.has(w.split('-').pop()!));
}

/** Modifiers, gazetteer acronyms and demonyms may stand between a capitalised modifier and its role. */
function leadsToRole(tokens: WordToken[], i: number, ctx: FindContext): boolean {
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    if (roleAt(tokens, j) >= 0) return true;
    const t = tokens[j]!;
    if (!t.word) return false;
    if (!ROLE_MODIFIERS.has(lc(t)) && !gazetteerAt(tokens, j, ctx.opts.maxGazetteerTokens, false)) return false;
  }
  return false;
}

/** The last token of a capitalised run starting at i: capitalised words, initials, name particles, "of" after an org word. */
function extendName(tokens: WordToken[], i: number, ctx: FindContext): number {
  let last = i;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (t.text === '.' && /^\p{Lu}$/u.test(prev.text) && isWordCap(tokens[j + 1])) continue; // "J. Smith"
    if (!t.word) break;
    if (isCapitalized(t.text)) {
      if (isCalendar(tokens, j) || roleAt(tokens, j) >= 0) break;
      const gaz = gazetteerAt(tokens, j, ctx.opts.maxGazetteerTokens, false);
      if (gaz && gaz.entry.type !== 'place' && gaz.entry.form !== 'demonym') break;
      last = j;
      continue;
    }
    if (NAME_SUFFIXES.has(t.text)) { last = j; continue; }
    const particle = NAME_PARTICLES.has(t.text) || ((t.text === 'of' || t.text === 'for') && ORG_KEYWORDS.has(lc(prev)));
    if (particle && isWordCap(tokens[j + 1])) continue;
    break;
  }
  return last;
}
