/**
 * @module extract/entities/find — candidate spans in one sentence: gazetteer names, role words, honorifics and
 * capitalised runs that may be names. Typing them is parse's job.
 */
import { isCapitalized, lowerOf, type WordToken } from '../../../lib/text/word-tokens.ts';
import { ENGLISH_STOPWORDS } from '../../../lib/text/stopwords.ts';
import { lookup, isNamePrefix, mayStartName, ROLE_FIRST_WORDS, ROLES, ROLE_MODIFIERS, HONORIFICS, GIVEN_NAMES, type GazetteerEntry } from './gazetteer.ts';
import { CALENDAR_WORDS, COMMON_STARTERS, EVENT_KEYWORDS, KIN_ROLES, NAME_PARTICLES, NAME_SUFFIXES, ON_HEADS, ORG_FIRST_WORDS, ORG_KEYWORDS } from './lexicon.ts';
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
  /** Found in a capitalised headline by its mixed-case use in the body: its capitals say nothing of its type. */
  caps?: boolean;
}

export interface FindContext {
  /** Words the document also writes in lower case: a capitalised sentence opener among them is a common word. */
  lowerWords: ReadonlySet<string>;
  /** Words (lower-cased) the document writes capitalised inside its mixed-case sentences: names a headline may repeat in capitals. */
  titleWords?: ReadonlySet<string>;
  opts: EntityOptions;
}

const isWordCap = (t: WordToken | undefined) => !!t && t.word && isCapitalized(t.text);
const lc = lowerOf;

/** Longest gazetteer match starting at token i (exact case; "the North" needs its "the"). */
function gazetteerAt(tokens: WordToken[], i: number, max: number): { last: number; entry: GazetteerEntry } | null {
  const t0 = tokens[i]!;
  if (!mayStartName(t0.text) || (!isCapitalized(t0.text) && t0.text !== 'the')) return null;
  let surface = '';
  let best: { last: number; entry: GazetteerEntry } | null = null;
  for (let j = i; j < tokens.length && j < i + max; j++) {
    const t = tokens[j]!.text;
    surface += j === i ? t : t.length === 2 && (t === "'s" || t === '\u2019s') ? "'s" : ' ' + t;
    if (!isNamePrefix(surface)) break;
    const entry = lookup(surface);
    if (entry) best = { last: j, entry };
  }
  return best;
}

/** "US-led", "China-backed": a gazetteer name before a lower-case hyphenated word. */
function hyphenPrefix(t: WordToken): string | null {
  if (!t.text.includes('-')) return null;
  const m = /^([\p{L}.]+)-\p{Ll}/u.exec(t.text);
  return m && lookup(m[1]!) ? m[1]! : null;
}

/** Participles that make "Place-<participle>" a qualifier ("London-based", "U.S.-led", "Brazilian-born"). */
const QUALIFYING_PARTICIPLES = 'based|led|born|bound|backed|registered|owned|controlled|run|held|dominated|sponsored|funded|occupied|ruled|allied|oriented|listed|linked|brokered|educated|trained|headquartered|affiliated|leaning|style';
export const QUALIFIER_WORD = new RegExp(`^\\p{Lu}[\\p{L}.'\u2019]*-(?:${QUALIFYING_PARTICIPLES})$`, 'u');
const PARTICIPLE = new RegExp(`^(?:${QUALIFYING_PARTICIPLES})$`);

/**
 * The last token of a qualifier starting at token i: one word ("Tripoli-based") or a dotted abbreviation, a hyphen
 * and a participle written together ("U.S.-led", "Mo.-based"); -1 if none starts there.
 */
export function qualifierLast(tokens: WordToken[], i: number): number {
  const t = tokens[i]!;
  if (QUALIFIER_WORD.test(t.text)) return i;
  let j = i + 1;
  if (tokens[j]?.text === '.' && tokens[j]!.start === t.end) j++;
  const hyphen = tokens[j], part = tokens[j + 1];
  return hyphen?.text === '-' && hyphen.start === tokens[j - 1]!.end && part && part.start === hyphen.end && PARTICIPLE.test(part.text) ? j + 1 : -1;
}

/** "neo-Nazi", "pro-Baghdad", "post-Soviet": a lower-case prefix on a name makes a qualifier. */
const QUALIFIED = /^(?:neo|post|pre|pro|anti|mid|pan|non|ex|trans|inter|intra)-(\p{Lu}[\p{L}.]*)$/u;

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
export function isAllCaps(tokens: WordToken[]): boolean {
  const words = tokens.filter((t) => t.word && /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  return words.filter((t) => t.text === t.text.toUpperCase()).length / words.length > 0.6;
}

/** Every segment has the same fields (one object shape keeps the typing code fast). */
function segment(kind: SegmentKind, first: number, last: number, start: number, end: number, entry?: GazetteerEntry, caps = false): Segment {
  return { kind, first, last, start, end, entry, caps };
}

/** Segments of one sentence's tokens, left to right, not overlapping. */
export function findSegments(tokens: WordToken[], ctx: FindContext): Segment[] {
  const out: Segment[] = [];
  const allCaps = isAllCaps(tokens);
  const firstWord = tokens.findIndex((t) => t.word);
  const push = (kind: SegmentKind, first: number, last: number, entry?: GazetteerEntry, caps = false) => out.push(segment(kind, first, last, tokens[first]!.start, tokens[last]!.end, entry, caps));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.word) { i++; continue; }
    // Fast path: a lower-case word can only open a role ("the ambassador") or "the North", or qualify a name ("pro-Moscow").
    if (!isCapitalized(t.text) && t.text !== 'the' && !ROLE_FIRST_WORDS.has(lc(t))) {
      const q = t.text.includes('-') ? QUALIFIED.exec(t.text) : null;
      if (q && !CALENDAR_WORDS.has(q[1]!.toLowerCase()) && (lookup(q[1]!) || ctx.titleWords?.has(q[1]!.toLowerCase()) || /^\p{Lu}\p{Ll}+$/u.test(q[1]!))) {
        out.push(segment('gazetteer', i, i, t.start, t.end, { name: t.text, type: 'other', form: 'demonym' }));
      }
      i++;
      continue;
    }
    const qualifier = qualifierLast(tokens, i);
    if (qualifier >= 0 && ctx.opts.nationalities) {
      // "London-based", "U.S.-led": the whole word qualifies, like a nationality word.
      push('gazetteer', i, qualifier, { name: tokens.slice(i, qualifier + 1).map((x) => x.text).join(''), type: 'other', form: 'name' });
      i = qualifier + 1;
      continue;
    }
    if (qualifier === i && !hyphenPrefix(t)) { i++; continue; } // "Bergamo-based" names nothing by itself
    let gaz = gazetteerAt(tokens, i, ctx.opts.maxGazetteerTokens);
    // "the South Korean embassy": a longer name after "the" outranks "the South".
    if (gaz?.entry.form === 'context' && t.text === 'the') {
      const longer = gazetteerAt(tokens, i + 1, ctx.opts.maxGazetteerTokens);
      if (longer && longer.last > gaz.last) gaz = null;
    }
    // A given name that is also a place ("Victoria Nuland", "Jordan Peterson") is a person when a name follows.
    const givenFirst = gaz && gaz.last === i && GIVEN_NAMES.has(lc(t)) && isWordCap(tokens[i + 1]) && !lookup(tokens[i + 1]!.text);
    if (gaz && !givenFirst && !(gaz.entry.form === 'context' && tokens[i]!.text !== 'the')) {
      push('gazetteer', i, gaz.last, gaz.entry);
      i = gaz.last + 1;
      continue;
    }
    const prefix = hyphenPrefix(t);
    if (prefix) {
      // "US-led" mentions the US; "Serb-held", like "Serb", only qualifies (the whole word is the nationality word).
      const entry = lookup(prefix)!;
      out.push(segment('gazetteer', i, i, t.start, entry.form === 'demonym' ? t.end : t.start + prefix.length, entry));
      i++;
      continue;
    }
    const role = roleAt(tokens, i);
    if (role >= 0 && !(isCapitalized(t.text) && ((isWordCap(tokens[role + 1]) && ORG_KEYWORDS.has(lc(tokens[role + 1]!))) || (role === i && KIN_ROLES.has(lc(t)))))) {
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
    const event = allCaps ? capsEventAt(tokens, i) : -1;
    if (event >= 0) {
      push('name', i, event);
      i = event + 1;
      continue;
    }
    if (allCaps && ctx.titleWords?.has(lc(t)) && !isCalendar(tokens, i)) {
      // A capitalised headline: only words the document writes capitalised in its ordinary sentences are names.
      let last = i;
      while (tokens[last + 1]?.word && ctx.titleWords.has(lc(tokens[last + 1]!)) && !gazetteerAt(tokens, last + 1, ctx.opts.maxGazetteerTokens)) last++;
      push('name', i, last, undefined, true);
      i = last + 1;
      continue;
    }
    if (isCapitalized(t.text) && !allCaps && !(isOpener(tokens, i, firstWord) && isCommonOpener(t, ctx) && !opensName(tokens, i, ctx)) && !isCalendar(tokens, i) && (t.text !== 'I' || (tokens[i + 1]?.text === '.' && isWordCap(tokens[i + 2])))) {
      const last = extendName(tokens, i, ctx);
      push('name', i, last);
      i = last + 1;
      continue;
    }
    i++;
  }
  return out;
}

/** "Jun" is June only when a date follows or it is the full month name ("Li Jun" is a name). */
function isCalendar(tokens: WordToken[], i: number): boolean {
  const w = lc(tokens[i]!);
  if (!CALENDAR_WORDS.has(w)) return false;
  return w.length > 3 || tokens[i + 1]?.text === '.' || /^\d/.test(tokens[i + 1]?.text ?? '') || !isWordCap(tokens[i - 1]);
}

/** The first word of a sentence, or the first after a colon, bar or bullet ("Read more: Why ..."). */
function isOpener(tokens: WordToken[], i: number, firstWord: number): boolean {
  return i === firstWord || /^[:|\u2022\u2013\u2014\-(\u201C"]$/.test(tokens[i - 1]?.text ?? '');
}

/** In a capitalised headline, a run of up to four content words ending in an event word ("HAMLET CUP", "NATIONAL LEAGUE"): its last token, or -1. */
function capsEventAt(tokens: WordToken[], i: number): number {
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j]!;
    if (!t.word || !/^\p{Lu}/u.test(t.text) || /^\d/.test(t.text) || ENGLISH_STOPWORDS.has(lc(t))) return -1;
    if (EVENT_KEYWORDS.has(lc(t))) return j;
  }
  return -1;
}

/**
 * A results line opened by the one-word name at token `last`: "Reading 1 Colbridge 3", "Sale 24 Harrow 19" (a score,
 * capitalised words, a score that ends the line). Its first name is a team even when it is a common word.
 */
export function resultsLine(tokens: WordToken[], last: number): boolean {
  const n = tokens.length;
  if (n < 4 || !/^\d{1,3}$/.test(tokens[last + 1]?.text ?? '') || !isWordCap(tokens[last + 2]) || !/^\d{1,3}$/.test(tokens[n - 1]!.text)) return false;
  for (let j = last + 3; j < n - 1; j++) if (!isWordCap(tokens[j]) && tokens[j]!.text !== "'s" && tokens[j]!.text !== '.') return false;
  return true;
}

/** Five or more small numbers after the name at token `last`: a standings row ("Arsenal 4 3 1 0 9 2 10"). */
function standingsRow(tokens: WordToken[], last: number): boolean {
  let n = 0;
  for (let j = last + 1; j < tokens.length && /^\d{1,3}$/.test(tokens[j]!.text); j++) n++;
  return n >= 5;
}

/** A sentence opener that still starts a name: an initial ("A. Smith"), or a run ending in an organisation word ("News Corp"). */
function opensName(tokens: WordToken[], i: number, ctx: FindContext): boolean {
  if (/^\p{Lu}$/u.test(tokens[i]!.text) && tokens[i + 1]?.text === '.' && isWordCap(tokens[i + 2])) return true;
  if (i === 0) {
    // "Reading 1 Colbridge 3", "Carrick Athletic 5 3 1 1 9 4 10": a team opening a results or standings line.
    const last = isWordCap(tokens[1]) ? extendName(tokens, 0, ctx) : 0;
    if (resultsLine(tokens, last) || standingsRow(tokens, last)) return true;
  }
  if (!isWordCap(tokens[i + 1]) || ENGLISH_STOPWORDS.has(lc(tokens[i]!)) || COMMON_STARTERS.has(lc(tokens[i]!))) return false;
  const last = extendName(tokens, i, ctx);
  return last > i && ORG_KEYWORDS.has(lc(tokens[last]!));
}

const POSSESSIVE_S = /^['\u2019]s$/;

/** Company suffixes: "X Inc of Dallas" names the firm, then its home. */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set('inc corp co cos ltd llc plc ag sa gmbh nv bv spa ab asa oyj bhd pty pte kk srl lp llp'.split(' '));

/** Company suffixes written as abbreviations: their full stop belongs to the name ("Lear Corp."). */
const LEGAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Plc', 'Mfg', 'Intl']);

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
    if (!ROLE_MODIFIERS.has(lc(t)) && !gazetteerAt(tokens, j, ctx.opts.maxGazetteerTokens)) return false;
  }
  return false;
}

/** Whether the run ending at token `end` ends in an organisation word ("Harlan Bancorp Inc.": its full stop is the name's). */
function endsInOrgWord(tokens: WordToken[], end: number): boolean {
  return ORG_KEYWORDS.has(lc(tokens[tokens[end]!.text === '.' ? end - 1 : end]!));
}

/** The last token of a capitalised run starting at i: capitalised words, initials, name particles, "of" after an org word. */
function extendName(tokens: WordToken[], i: number, ctx: FindContext): number {
  let last = i;
  // Past "of"/"for" after an organisation's head word ("Department of", "Organisation for"): its object may be
  // coordinated ("Department of Health and Human Services") or open with "the" ("Council of the Baltic States").
  let ofOrg = false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (t.text === '.' && /^(\p{Lu}|St|Mt|Ft)$/u.test(prev.text) && isWordCap(tokens[j + 1])) continue; // "J. Smith", "St. Louis"
    // "Lear Corp.", "Salomon Bros.": a company suffix keeps its abbreviation's full stop.
    if (t.text === '.' && t.start === prev.end && j - 1 === last && LEGAL_ABBREVIATIONS.has(prev.text)) return j;
    // "Douglas & Lomason", "A.G. Edwards & Sons": an ampersand joins the names of a firm's founders.
    if (t.text === '&' && isWordCap(tokens[j + 1]) && !gazetteerAt(tokens, j + 1, ctx.opts.maxGazetteerTokens)) {
      last = extendName(tokens, j + 1, ctx);
      break;
    }
    // "Securities and Exchange Commission", "Moody 's Investors Service": joined parts of one organisation's name.
    // "Dairy Farmers ' Union", "Grain Dealers ' Association": a plural possessive inside an organisation's name.
    if (t.text === "'" && t.start === prev.end + 1 && /s$/.test(prev.text) && j - 1 === last && isWordCap(tokens[j + 1])) {
      const end = extendName(tokens, j + 1, ctx);
      if (endsInOrgWord(tokens, end)) return end;
      break;
    }
    // ("Acme Inc and Brandt Corp" are two firms: a legal suffix closes a name.)
    if ((t.text === 'and' || POSSESSIVE_S.test(t.text)) && isWordCap(tokens[j + 1]) && !LEGAL_SUFFIXES.has(lc(prev)) && !gazetteerAt(tokens, j + 1, ctx.opts.maxGazetteerTokens)) {
      const end = extendName(tokens, j + 1, ctx);
      if (endsInOrgWord(tokens, end) || (ofOrg && t.text === 'and' && j - 1 === last)) return end;
      break;
    }
    if (!t.word) break;
    if (isCapitalized(t.text) && QUALIFIER_WORD.test(t.text)) return j; // "St. Louis-based"
    if (isCapitalized(t.text)) {
      // A role word after a given name is a surname ("Shayne King") unless a name follows it ("Kim Prime Minister X" is rare).
      if (isCalendar(tokens, j) || (roleAt(tokens, j) >= 0 && !(GIVEN_NAMES.has(lc(prev)) && !isWordCap(tokens[j + 1])))) break;
      const gaz = gazetteerAt(tokens, j, ctx.opts.maxGazetteerTokens);
      // "Bank of Canada", "News Agency of Nigeria": the country closes the organisation's name.
      if (gaz && (prev.text === 'of' || prev.text === 'for' || (ofOrg && prev.text === 'the')) && gaz.entry.form !== 'demonym') return gaz.last;
      // "Air Canada", "Statistics Norway": a service word before a country names a carrier or agency.
      if (gaz && j === i + 1 && ORG_FIRST_WORDS.has(lc(prev)) && gaz.entry.type === 'country' && gaz.entry.form === 'name') return gaz.last;
      if (gaz && gaz.entry.type !== 'place' && gaz.entry.form !== 'demonym') break;
      last = j;
      continue;
    }
    if (NAME_SUFFIXES.has(t.text)) { last = j; continue; }
    const particle = NAME_PARTICLES.has(t.text) || ((t.text === 'of' || t.text === 'for') && (ORG_KEYWORDS.has(lc(prev)) && !LEGAL_SUFFIXES.has(lc(prev)) || (t.text === 'of' && EVENT_KEYWORDS.has(lc(prev))))) ||
      (t.text === 'on' && ON_HEADS.has(lc(prev))); // "Commission on Human Rights"
    if (particle && (isWordCap(tokens[j + 1]) || (NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && isWordCap(tokens[j + 2])))) { ofOrg ||= t.text === 'of' || t.text === 'for'; continue; } // "van der Sar"
    if (particle && (t.text === 'of' || t.text === 'for') && tokens[j + 1]?.text === 'the' && isWordCap(tokens[j + 2])) { ofOrg = true; j++; continue; }
    break;
  }
  return last;
}
