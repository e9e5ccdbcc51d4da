/**
 * @module extract/entities/parse — types the candidate spans of one sentence: gazetteer names as countries,
 * organisations and places (a capital as its government unless it is where something happens), capitalised
 * runs as people (after a title, with a known given name, before a speech verb, with an appositive role),
 * organisations or places (by their last word), and attaches role phrases to people.
 */
import type { EntityType } from '../../../core/index.ts';
import type { WordToken } from '../../../lib/text/word-tokens.ts';
import { GIVEN_NAMES, MORE_GIVEN_NAMES, FAMILY_FIRST, COMMON_WORDS, STATE_ABBREVIATIONS, lookup, type GazetteerEntry } from './gazetteer.ts';
import { CALENDAR_WORDS, CLUB_NOUNS, COMMON_STARTERS, EVENT_KEYWORDS, TABLE_ABBREVIATIONS, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, SHARE_NOUNS, NAME_PARTICLES, ON_HEADS, ORG_FIRST_WORDS, ORG_KEYWORDS, PLACE_KEYWORDS, PLACE_PREPOSITIONS, SCORE } from './lexicon.ts';
import { roleAfter, roleBefore, type RolePhrase } from './role-phrase.ts';
import { QUALIFIER_WORD, isAllCaps, resultsLine, type Segment } from './find.ts';
import type { EntityOptions } from './defaults.ts';

/** A typed mention, before merging. `unknown` runs are typed later from the rest of the document. */
export interface MentionCandidate {
  start: number;
  end: number;
  surface: string;
  type: EntityType | 'unknown';
  /** Merge key: the gazetteer's canonical name, or the surface. */
  key: string;
  /** The surface was a capital standing for its government, or an alias: kept as an alias of the entity. */
  alias?: string;
  /** "context" gazetteer forms ("the North") count only when the entity is named plainly in the document. */
  needsContext?: boolean;
  role?: RolePhrase;
  /** "Helen Tran of the IMF": a country or organisation the person belongs to, stated without a role. */
  affiliation?: string;
  /** Strong evidence of a person (title, honorific, role phrase); weak evidence may be overridden. */
  strong: boolean;
  /** An untyped run made only of common words ("Results", "Total Revenue"): kept only if typed elsewhere. */
  common?: boolean;
  /** A city's name read as an organisation by its context (a team in a results line, "side X", "X club"). */
  team?: boolean;
}

/** Nouns before "of" that make the name after it a place ("the town of X"). */
const PLACE_OF = new Set('town city village island islands province region state republic port district county capital suburb suburbs outskirts residents area municipality township enclave battle'.split(' '));

/** One word of a personal name: "Hendriks", "J.", "McNeil", "O'Brien", "Lloyd-Webber". */
const NAME_SHAPE = /^(?:(?:Mc|Mac|O'|D')?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?|\p{Lu}\.?)$/u;

/** A bowler's figures after his name: "Vass 7-0-29-0", "McGrath 9.5-0-44-1". */
const BOWLING = /^\d+-\d+-\d+-\d+$/;

const SPEECH_AFTER = /^(said|says|say|told|tells|added|adds|noted|wrote|writes|argued|insisted|warned|explained|stated|asked|replied|continued|declared)$/;

const words = (tokens: WordToken[], s: Segment) => tokens.slice(s.first, s.last + 1).filter((t) => t.word).map((t) => t.text);

/** Typed mentions of one sentence. */
export function parseSentence(text: string, tokens: WordToken[], segments: Segment[], opts: EntityOptions, lowerWords: ReadonlySet<string> = new Set()): MentionCandidate[] {
  const titles = quotedTitles(text, tokens);
  if (titles) segments = segments.filter((s) => !titles.some((m) => s.start < m.end && m.start < s.end));
  const segAt: (Segment | undefined)[] = new Array(tokens.length);
  for (const s of segments) for (let k = s.first; k <= s.last; k++) segAt[k] = s;
  const out: MentionCandidate[] = [];
  const fixture = isFixture(tokens, segments);
  for (let n = 0; n < segments.length; n++) {
    const s = segments[n]!;
    const chain = s.kind === 'gazetteer' && s.entry!.form === 'demonym' ? demonymChain(text, tokens, segments, n) : null;
    if (chain) {
      // A group of nationality words ("Iraqi Kurds") is reported only where nationality words are.
      if (chain.mention.type !== 'other' || opts.nationalities) out.push(chain.mention);
      n = chain.last;
      continue;
    }
    if (s.kind === 'gazetteer') {
      const next = segments[n + 1];
      if (next?.kind === 'name' && next.first === s.last + 1 && mergesIntoOrg(s.entry!, words(tokens, next))) {
        const lastWord = words(tokens, next).pop()!.toLowerCase();
        const type = EVENT_KEYWORDS.has(lastWord) ? 'other' : PLACE_KEYWORDS.has(lastWord) ? 'place' : 'organization';
        out.push({ start: s.start, end: next.end, surface: text.slice(s.start, next.end), type, key: text.slice(s.start, next.end), strong: false });
        n++;
        continue;
      }
      // "the Cleveland Indians": a city before a plural nationality or group word names a team.
      if (next?.kind === 'gazetteer' && next.first === s.last + 1 && s.entry!.type === 'place' && s.entry!.form === 'name' && next.entry!.form === 'demonym' && /\p{Ll}s$/u.test(tokens[next.last]!.text)) {
        out.push({ start: s.start, end: next.end, surface: text.slice(s.start, next.end), type: 'organization', key: text.slice(s.start, next.end), strong: false, team: true });
        n++;
        continue;
      }
      const m = gazetteerMention(text, tokens, s, opts);
      if (m) out.push(retype(m, tokens, s, segAt, fixture, opts.nationalities));
    } else if (s.kind === 'name' && QUALIFIER_WORD.test(tokens[s.last]!.text)) {
      // "St. Louis-based": a qualifier, reported with nationality words.
      if (opts.nationalities) out.push({ start: s.start, end: s.end, surface: text.slice(s.start, s.end), type: 'other', key: text.slice(s.start, s.end), strong: true });
    } else if (s.kind === 'name') {
      out.push(retype(nameMention(text, tokens, segAt, s, opts, lowerWords), tokens, s, segAt, fixture, opts.nationalities));
    }
  }
  if (out.length) townInitials(text, out);
  listNeighbours(text, out);
  if (titles) {
    out.push(...titles);
    out.sort((a, b) => a.start - b.start);
  }
  return orgOfPlace(text, mergeOrgHeads(text, out));
}

/** "Socialist Workers Party" + "of Chile", "Communist Party" + "of Bohemia": a body's name closed by its country or region. */
function orgOfPlace(text: string, ms: MentionCandidate[]): MentionCandidate[] {
  let merged = false;
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1]!, b = ms[k]!;
    if (a.type !== 'organization' || (b.type !== 'country' && b.type !== 'place') || b.start !== a.end + 4 || text.slice(a.end, b.start) !== ' of ') continue;
    if (!BODY_HEADS.has(a.surface.slice(a.surface.lastIndexOf(' ') + 1).toLowerCase())) continue;
    const surface = text.slice(a.start, b.end);
    merged = true;
    ms[k] = { start: a.start, end: b.end, surface, type: 'organization', key: surface, strong: false };
    ms[k - 1] = null as unknown as MentionCandidate;
  }
  return merged ? ms.filter((m) => m !== null) : ms;
}

/**
 * "Kovac ( N ) 5 3 1 1", "Sloga ( P ) - Tabor": in a results line, a town's initial in brackets tells apart
 * clubs of the same name and belongs to the club's name.
 */
function townInitials(text: string, ms: MentionCandidate[]): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.strong || (m.type !== 'organization' && m.type !== 'unknown') || text.charCodeAt(m.end + 1) !== 40) continue; // "("
    const t = TOWN_INITIAL.exec(text.slice(m.end, m.end + 12));
    if (!t) continue;
    const end = m.end + t[0]!.length;
    ms[k] = { ...m, end, surface: text.slice(m.start, end), key: text.slice(m.start, end), type: 'organization', common: undefined };
    if (ms[k + 1] && ms[k + 1]!.start < end) ms.splice(k + 1, 1);
  }
}
const TOWN_INITIAL = /^ \( (\p{Lu}{1,2}) \)(?= \d{1,3}(?:\s|$)| -|\s*$)/u;

const QUOTE_MARK = /^["\u201C\u201D]$/;
/** Small words that a title keeps in lower case ("A House of Small Mercies", "Out of the Blue"). */
const TITLE_SMALL_WORDS = new Set('of the a an in on and for to at with from by or nor but as'.split(' '));

/**
 * Titles of works in quotation marks: " The Silent Harbour ", " A House of Small Mercies , ": two to eight words, each
 * capitalised (or a number, or a small word inside), in an ordinary sentence. Quoted speech has lower-case words; a
 * nickname inside a name (Dario " The Hammer " Vance) is left to the name.
 */
function quotedTitles(text: string, tokens: WordToken[]): MentionCandidate[] | null {
  let out: MentionCandidate[] | null = null;
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (!QUOTE_MARK.test(tokens[k]!.text)) continue;
    if (open < 0 || tokens[k]!.text === '\u201C') { open = k; continue; }
    let first = open + 1, last = k - 1;
    open = -1;
    if (last >= first && (tokens[last]!.text === ',' || tokens[last]!.text === '.')) last--;
    const n = last - first + 1;
    if (n < 2 || n > 8) continue;
    if (/^\p{Lu}/u.test(tokens[first - 2]?.text ?? '') && tokens[first - 2]!.word && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue;
    let ok = /^\p{Lu}/u.test(tokens[first]!.text) && /^(?:\p{Lu}|\d)/u.test(tokens[last]!.text);
    let lowerCase = 0;
    for (let j = first; ok && j <= last; j++) {
      const w = tokens[j]!.text;
      if (/^\p{Lu}/u.test(w) || /^\d+$/.test(w) || POSSESSIVE.test(w)) continue;
      if (TITLE_SMALL_WORDS.has(w) && ++lowerCase <= 3) continue;
      ok = false;
    }
    if (!ok || isAllCaps(tokens)) continue;
    const start = tokens[first]!.start, end = tokens[last]!.end;
    const surface = text.slice(start, end);
    (out ??= []).push({ start, end, surface, type: 'other', key: surface, strong: true });
  }
  return out;
}

/** Head words of bodies whose name may open with a place or nationality ("Kurdistan Democratic Party", "African National Congress"). */
const BODY_HEADS = new Set('party congress front movement alliance union council federation association organisation organization commission bank league cross committee bureau'.split(' '));

/**
 * "Kurdistan" + "Democratic Party", "Iraqi National" + "Congress", "International" + "Red Cross": a place, a country's
 * nationality word or an untyped name written right before an organisation ending in a body's head word is part of
 * its name. (Religious and party followers stay apart: "Republican Congress".)
 */
function mergeOrgHeads(text: string, ms: MentionCandidate[]): MentionCandidate[] {
  let merged = false;
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1]!, b = ms[k]!;
    if (b.type !== 'organization' || b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    const head = b.surface.slice(b.surface.lastIndexOf(' ') + 1).toLowerCase();
    if (!BODY_HEADS.has(head)) continue;
    const ok = a.type === 'place' || a.type === 'country' || a.type === 'unknown' || (a.type === 'organization' && !a.strong) ||
      (a.type === 'other' && !a.surface.includes(' ') && !!lookup(a.surface)?.country);
    if (!ok || a.common) continue;
    const surface = text.slice(a.start, b.end);
    merged = true;
    ms[k] = { start: a.start, end: b.end, surface, type: 'organization', key: surface, strong: false };
    ms[k - 1] = null as unknown as MentionCandidate;
  }
  return merged ? ms.filter((m) => m !== null) : ms;
}

/** Two mentions with only a comma or "and" between them. (Helpers stay at module level: named closures cost per call.) */
function joined(text: string, a: MentionCandidate, b: MentionCandidate): boolean {
  return b.start - a.end <= 7 && /^\s*(,|and|,\s*and)\s*$/.test(text.slice(a.end, b.start));
}
function listType(m: MentionCandidate | undefined): 'person' | 'organization' | null {
  return m && (m.type === 'person' || m.type === 'organization') ? m.type : null;
}

/** "Salim Malik , Asif Mujtaba , Moin": an untyped name in a list takes the type of the names beside it. */
function listNeighbours(text: string, ms: MentionCandidate[]): void {
  // A long run of lone names between commas ("Given , Breen , Staunton , Irwin , Harte") is a line-up.
  for (let k = 0; k < ms.length; ) {
    let e = k;
    while (e + 1 < ms.length && ms[e + 1]!.type === 'unknown' && joined(text, ms[e]!, ms[e + 1]!) && !ms[e + 1]!.surface.includes(' ')) e++;
    // (A common word may open it: "Young , Marsh , ..." names a player, but says nothing by itself.)
    const f = ms[k]!.common ? k + 1 : k;
    if (e - f >= 4 && ms.slice(f, e + 1).every((x) => x.type === 'unknown' && !x.surface.includes(' ') && !x.common)) for (let q = f; q <= e; q++) ms[q] = { ...ms[q]!, type: 'person' };
    k = e + 1;
  }
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.type !== 'unknown') continue;
    const before = k > 0 && joined(text, ms[k - 1]!, m) ? listType(ms[k - 1]) : null;
    const after = k + 1 < ms.length && joined(text, m, ms[k + 1]!) ? listType(ms[k + 1]) : null;
    const type = before && after ? (before === after ? before : null) : before ?? after;
    if (type) ms[k] = { ...m, type, common: undefined };
  }
}

/**
 * Layout cues that outrank what the words alone say: a place or name right before a score ("Ajax 2 Feyenoord 1",
 * "CHICAGO 45 82") or in a fixture line ("TORONTO AT CHICAGO") is a team; the place opening a dateline
 * ("BONN 1996-08-22", "AKRON , Ohio") or a results heading ("At Worcester :") is a place; a name after a
 * scorecard's "c" or "b" ("c Smith b Jones 46") or before a minute ("Smith ( 54th )") is a player.
 */
function retype(m: MentionCandidate, tokens: WordToken[], s: Segment, segAt: (Segment | undefined)[], fixture: boolean, nationalities: boolean): MentionCandidate {
  const placeLike = m.type === 'country' || m.type === 'place';
  // "the Dow Jones industrial average", "the Nasdaq composite index": a listed firm's or exchange's market index.
  if (m.type === 'organization' && (INDEX_AFTER.test(tokens[s.last + 1]?.text ?? '') || (tokens[s.last + 1]?.text === 'industrial' && tokens[s.last + 2]?.text === 'average'))) return { ...m, type: 'other', key: m.surface, alias: undefined, common: undefined };
  if (m.strong && !placeLike && tokens[s.last + 1]?.text !== '$') return m; // titled people, listed organisations: settled
  if (m.type === 'other' && !fixture) return m;
  const prev = tokens[s.first - 1]?.text;
  if ((m.type === 'unknown' || !m.strong) && (prev === 'c' || prev === 'b' || prev === 'st') && tokens.some((t) => t.text === 'b')) return { ...m, type: 'person', common: undefined };
  const weak = m.type === 'unknown' || (m.type === 'person' && !m.strong && (s.first === s.last || !GIVEN_NAMES.has(tokens[s.first]!.text.toLowerCase())));
  // "the Nikkei average", "the Dow Jones industrial average": a market index.
  if ((weak || (m.type === 'organization' && !m.strong)) && !placeLike && INDEX_AFTER.test(tokens[s.last + 1]?.text ?? '')) return { ...m, type: 'other', common: undefined };
  if ((weak || (m.type === 'place' && m.key === m.surface) || (m.type === 'organization' && !m.strong)) && !m.common && m.end - m.start > 1 && orgContext(tokens, s, m.type === 'place')) return { ...m, type: 'organization', key: m.surface, alias: undefined, common: undefined, team: placeLike || undefined };
  // "HK$", "US$": a country's code glued to a dollar sign names a currency (reported with nationality words).
  const dollar = tokens[s.last + 1];
  if (dollar?.text === '$' && dollar.start === m.end && /^\p{Lu}[\p{Lu}.]*$/u.test(m.surface) && nationalities) return { ...m, end: dollar.end, surface: m.surface + '$', key: m.surface + '$', type: 'other', alias: undefined, common: undefined };
  if (m.type === 'organization' && !m.strong && isDateline(tokens, s, segAt, false)) return { ...m, type: 'place' };
  // "3 . Kocinski 254": a ranked line names a competitor.
  if (weak && s.first === 2 && /^\d{1,3}$/.test(tokens[0]!.text) && tokens[1]!.text === '.') return { ...m, type: 'person', common: undefined };
  // "Lindqvist ( Sweden ) 67 70", "281 Ana Ruiz 70 71 69 71": a name before a row of golf rounds (60-89) is a player.
  if ((weak || (m.type === 'organization' && !m.strong)) && !m.common && golfRounds(tokens, segAt, s.last)) return { ...m, type: 'person', common: undefined };
  if (placeLike || weak) {
    // "TORONTO AT CHICAGO": the visitors are a team, the hosts' city is where the game is.
    if (fixture && s.first > 0 && /^at$/i.test(prev ?? '')) return placeLike ? m : { ...m, type: 'place', common: undefined };
    if (fixture || standings(tokens, s.last) || (s.first === 0 && resultsLine(tokens, s.last)) || (m.type === 'place' && versus(tokens, s)) || (!m.common && (scoreAfter(tokens, s.last) || scoreBefore(tokens, s) || (m.type === 'place' && TEAM_VERBS.test(tokens[s.last + 1]?.text ?? ''))))) return { ...m, type: 'organization', key: m.surface, strong: false, alias: undefined, common: undefined, team: m.type === 'place' || undefined };
    if (isDateline(tokens, s, segAt, placeLike)) return { ...m, type: 'place', key: placeLike ? m.key : m.surface, alias: undefined, common: undefined };
    if (weak && (prev === 'At' || prev === 'at') && s.first === 1 && tokens[s.last + 1]?.text === ':') return { ...m, type: 'place', common: undefined };
  }
  // "Maruyama ( Japan )": a lone name with its country in brackets, and no score after, is a competitor.
  if (m.type === 'unknown' && tokens[s.last + 1]?.text === '(' && segAt[s.last + 2]?.entry?.type === 'country' && tokens[segAt[s.last + 2]!.last + 1]?.text === ')') return { ...m, type: 'person', common: undefined };
  // "Smith ( Ajax )": in brackets after a player, an unknown name is his club (or party, or firm).
  if (m.type === 'unknown' && prev === '(' && tokens[s.last + 1]?.text === ')' && segAt[s.first - 2]?.kind === 'name' && m.end - m.start > 2) return { ...m, type: 'organization', common: undefined };
  if (m.type === 'unknown' || (m.type === 'organization' && !m.strong)) {
    if (/^\d+(st|nd|rd|th)$/.test(tokens[s.last + 1]?.text ?? '') && tokens[s.last + 2]?.text !== 'minute') return { ...m, type: 'person', common: undefined };
    const fig = tokens[s.last + 1]?.text === undefined ? '' : tokens[s.last + 2]?.text === '.' ? tokens[s.last + 3]?.text ?? '' : tokens[s.last + 1]!.text;
    if (BOWLING.test(fig) || /^\d+-\d+-\d+$/.test(fig) && tokens[s.last + 2]?.text === '.') return { ...m, type: 'person', common: undefined };
    if (tokens[s.last + 1]?.text === '(' && /^\d+(st|nd|rd|th)$/.test(tokens[s.last + 2]?.text ?? '')) return { ...m, type: 'person', common: undefined };
    // "Holt ( 11-6 ) struck out six": a pitcher's won-lost record in brackets.
    if (tokens[s.last + 1]?.text === '(' && /^\d{1,2}-\d{1,2}$/.test(tokens[s.last + 2]?.text ?? '') && tokens[s.last + 3]?.text === ')' && !m.surface.includes(' ', 0) && !m.common) return { ...m, type: 'person', common: undefined };
  }
  return m;
}

/**
 * A common noun in apposition that says what the name is: "the daily Le Monde", "first division side Nice", "Acme
 * shares", "Zycie Warszawy newspaper". A place takes only nouns that no place takes ("club", not "shares").
 */
function orgContext(tokens: WordToken[], s: Segment, place: boolean): boolean {
  const before = tokens[s.first - 1];
  if (before?.word && ORG_NOUNS_BEFORE.has(before.text) && !(place && SHARE_NOUNS.has(before.text))) return true;
  const possessive = POSSESSIVE.test(tokens[s.last + 1]?.text ?? '');
  const after = tokens[possessive ? s.last + 2 : s.last + 1];
  // A person has a newspaper or a firm too ("X 's newspaper"); only a company has shares and a board.
  if (!after?.word || !ORG_NOUNS_AFTER.has(after.text) || (/^\p{Lu}/u.test(tokens[(possessive ? s.last + 3 : s.last + 2)]?.text ?? '') && (possessive || !CLUB_NOUNS.has(after.text)))) return false;
  return place ? !SHARE_NOUNS.has(after.text) : !possessive || SHARE_NOUNS.has(after.text);
}
const POSSESSIVE = /^['\u2019]s$/;

/** Words before "at" that make what follows no venue: people who work at a firm ("an economist at X"), verbs aimed at someone ("yelled at X"). */
const WORKS_AT = /^(analyst|analysts|economist|economists|strategist|strategists|director|chief|officer|executive|manager|managers|trader|traders|dealer|dealers|partner|president|chairman|head|researcher|professor|spokesman|spokeswoman|official|officials|employee|employees|worker|workers|broker|brokers|vice|editor|adviser|advisor|consultant|engineer|scientist|student|students|job|jobs|shares|stake|yelled|shouted|looked|laughed|pointed|aimed|stared|fired|smiled|glanced|waved|hit|struck|lashed|hinted|arrived|staff)$/;

/** Lower-case nouns before a name that make it a vessel or craft ("the aircraft carrier X", "the space shuttle X"). */
const VESSEL_BEFORE = /^(ship|warship|frigate|destroyer|cruiser|submarine|tanker|freighter|vessel|liner|yacht|ferry|trawler|shuttle|spacecraft|satellite|probe)$/;

/** Lower-case words after a name that make it a market index. */
const INDEX_AFTER = /^(index|indices|average|composite|industrials|futures)$/;

/** Verbs that make a city their subject a team ("Hamburg beat Rostock", "Boston routs Oakland"). */
const TEAM_VERBS = /^(beat|beats|routs|routed|edged|edges|thrashed|thrash|defeated|defeats|drew|draw|trounced|outlasted|blanked|hammered|crushed|won|wins|lost|loses|rallied|clinched|trailed)$/;

/** "Leeds v Farnham , Oxford v Calder": a name on either side of "v" in a list of fixtures. */
function versus(tokens: WordToken[], s: Segment): boolean {
  const before = tokens[s.first - 1]?.text, after = tokens[s.last + 1]?.text;
  return ((after === 'v' || after === 'vs') && /^\p{Lu}/u.test(tokens[s.last + 2]?.text ?? '')) || ((before === 'v' || before === 'vs') && /^\p{Lu}/u.test(tokens[s.first - 2]?.text ?? ''));
}

/** Two rounds of golf (60-89) right after the name, past a "( Country )" note. */
function golfRounds(tokens: WordToken[], segAt: (Segment | undefined)[], last: number): boolean {
  let j = last + 1;
  if (tokens[j]?.text === '(' && segAt[j + 1]?.entry?.type === 'country' && tokens[segAt[j + 1]!.last + 1]?.text === ')') j = segAt[j + 1]!.last + 2;
  return /^[6-8]\d$/.test(tokens[j]?.text ?? '') && /^[6-8]\d$/.test(tokens[j + 1]?.text ?? '');
}

/** A standings row: five or more small numbers after the name ("Arsenal 3 2 0 1 4 2 6"). */
function standings(tokens: WordToken[], last: number): boolean {
  let n = 0;
  for (let j = last + 1; j < tokens.length && SCORE.test(tokens[j]!.text); j++) n++;
  return n >= 5;
}

/** A score right after the name (past a "( Country )" note): a number of 1–3 digits, then the end, a name or another number. */
function scoreAfter(tokens: WordToken[], last: number): boolean {
  let j = last + 1;
  if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
  else if (tokens[j]?.text === '(' && tokens[j + 3]?.text === ')') j += 4;
  if (!SCORE.test(tokens[j]?.text ?? '')) return false;
  // Goals and behinds with the total in brackets: "Adelaide 14.12 ( 96 )".
  if (tokens[j + 1]?.text === '.' && /^\d+$/.test(tokens[j + 2]?.text ?? '') && tokens[j + 3]?.text === '(') return true;
  const next = tokens[j + 1];
  return !next || next.text === '(' || SCORE.test(next.text) || (next.word && /^\p{Lu}/u.test(next.text));
}

/** The second team of a results line: "Hearts ( Scotland ) 1 Red Star Belgrade", at the end or before its note. */
function scoreBefore(tokens: WordToken[], s: Segment): boolean {
  if (!SCORE.test(tokens[s.first - 1]?.text ?? '')) return false;
  const before = tokens[s.first - 2];
  const after = tokens[s.last + 1];
  return !!before && (before.text === ')' || /^\p{Lu}/u.test(before.text)) && (!after || after.text === '(' || SCORE.test(after.text));
}

/** "TORONTO AT CHICAGO", "Leeds v Chelsea": a line that is only two names joined by at/v/vs. */
function isFixture(tokens: WordToken[], segments: Segment[]): boolean {
  if (segments.length !== 2 || segments[0]!.first !== 0) return false;
  const [a, b] = segments as [Segment, Segment];
  const joint = tokens[a.last + 1]?.text.toLowerCase();
  return b.first === a.last + 2 && b.last === tokens.length - 1 && (joint === 'at' || joint === 'v' || joint === 'vs');
}

/**
 * A dateline: the sentence opens with this name, then maybe ", Region", then a date ("1996-08-22", "Aug 10") or,
 * after a US state's abbreviation, the end of the line ("AKRON , Ohio 1996-08-22", "RICHMOND , Va .").
 */
function isDateline(tokens: WordToken[], s: Segment, segAt: (Segment | undefined)[], known: boolean): boolean {
  let j = s.last + 1;
  if (s.first !== 0) {
    // The region after the comma of a dateline.
    if (tokens[s.first - 1]?.text !== ',' || segAt[s.first - 2]?.first !== 0) return false;
    if (STATE_ABBREVIATIONS.has(tokens[s.first]!.text) && tokens[j]?.text === '.') return true;
  } else if (tokens[j]?.text === ',' && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1]!.text)) {
    const region = segAt[j + 1];
    j = region ? region.last + 1 : j + 2;
    if (tokens[j]?.text === '.') {
      if (j === tokens.length - 1 && STATE_ABBREVIATIONS.has(tokens[j - 1]!.text)) return true;
      j++;
    }
  } else if (known) return false;
  const t = tokens[j]?.text ?? '';
  if (/^\d{4}-\d\d-\d\d$/.test(t)) return true;
  return t === ',' ? false : CALENDAR_WORDS.has(t.toLowerCase()) && /^\d{1,2}$/.test(tokens[j + 1]?.text ?? '');
}

/** Departments of a government: "Turkish Foreign Ministry" is a nationality word, then the ministry's name. */
const GOVERNMENT_BODIES = new Set(['ministry', 'ministries', 'department', 'embassy', 'consulate', 'office']);

/**
 * After a nationality word, acronyms and common words make an organisation's name ("Dutch PTT", "British
 * Universities"); a word that is no common word is mostly a person's name ("American Tyson").
 */
const ORG_AFTER_NATION = /^\p{Lu}[\p{Lu}&]+$/u;

/**
 * Competition classes that a nationality word describes rather than names ("the Dutch first division", "FRENCH
 * SECOND DIVISION", "SCOTTISH LEAGUE RESULTS"): written in lower case, ranked or in a capitalised headline. Capitalised
 * and unranked in an ordinary line, they are names ("American League").
 */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'premier', 'top', 'lower', 'amateur', 'under-21', 'youth', 'junior', 'women\'s']);
const CLASS_WORDS = new Set(['division', 'league', 'championship', 'championships', 'games']);

function demonymOnly(text: string, segments: Segment[], n: number, k: number, type: EntityType): MentionCandidate {
  const start = segments[n]!.start, end = segments[k]!.end;
  const surface = text.slice(start, end);
  return { start, end, surface, type, key: surface, strong: false };
}

/**
 * Runs that start with nationality words: "Iraqi Kurdish", "Rwandan Hutu" (one group), "Canadian Open",
 * "American League" (an event), "Palestinian Information Ministry", "Democratic Party" (an organisation).
 */
function demonymChain(text: string, tokens: WordToken[], segments: Segment[], n: number): { mention: MentionCandidate; last: number } | null {
  let k = n;
  while (segments[k + 1]?.first === segments[k]!.last + 1 && segments[k + 1]!.kind === 'gazetteer' && segments[k + 1]!.entry!.form === 'demonym') k++;
  let type: EntityType | null = k > n ? 'other' : null;
  const next = segments[k + 1];
  if (next && next.first === segments[k]!.last + 1 && (next.kind === 'name' || (next.kind === 'gazetteer' && (next.entry!.type === 'organization' || (next.entry!.type === 'other' && next.entry!.form === 'name'))))) {
    const nextWords = words(tokens, next);
    const lastWord = nextWords[nextWords.length - 1]!.toLowerCase();
    const firstWord = nextWords[0]!.toLowerCase();
    // "DUTCH FIRST DIVISION", "FRENCH LEAGUE": a descriptive class of competition; only the nationality word is a name.
    if (CLASS_WORDS.has(lastWord) && nextWords.length <= 2 && next.kind === 'name' && (nextWords.some((x) => /^\p{Ll}/u.test(x) || ORDINALS.has(x.toLowerCase())) || (nextWords.length === 1 && isAllCaps(tokens)))) return { mention: demonymOnly(text, segments, n, k, k > n ? 'other' : 'other'), last: k + 1 };
    // "German Foreign Ministry": a government's department is named apart from the nationality word.
    if (GOVERNMENT_BODIES.has(lastWord) && next.kind === 'name' && nextWords.length > 1) return { mention: demonymOnly(text, segments, n, k, 'other'), last: k };
    if (EVENT_KEYWORDS.has(lastWord) || next.entry?.type === 'other') type = 'other';
    else if (PLACE_KEYWORDS.has(lastWord)) type = 'place'; // "Atlantic Ocean"
    // "Dutch PTT", "Western Suburbs": a nationality before a name that is no person's makes an organisation's name.
    else if (ORG_KEYWORDS.has(lastWord) || next.kind === 'gazetteer' || (!GIVEN_NAMES.has(firstWord) && !FAMILY_FIRST.has(firstWord) && nextWords.length <= 2 && nextWords.every((x) => ORG_AFTER_NATION.test(x) || COMMON_WORDS.has(x.toLowerCase())))) type = 'organization';
    if (type) k++;
  }
  if (!type) return null;
  const start = segments[n]!.start, end = segments[k]!.end;
  const surface = text.slice(start, end);
  return { mention: { start, end, surface, type, key: surface, strong: false }, last: k };
}

/**
 * Common words are a heading or label where they open a line, shout in capitals or appear in lower case elsewhere;
 * capitalised mid-sentence and nowhere else in lower case they are a name ("the Rangers", "Sporting").
 */
function allCommon(w: string[], s: Segment, surface: string, tokens: WordToken[], lowerWords: ReadonlySet<string>): boolean {
  return w.every(isCommonWord) &&
    (s.first === 0 || !/\p{Ll}/u.test(surface) || w.some((x) => lowerWords.has(x.toLowerCase())) || /^([:(|*\u2022\u2013\u2014"\u201C-]|--)$/.test(tokens[s.first - 1]?.text ?? '') ||
      // "June 3 Third match ( at Leeds )": the first word after a date that opens a line of a schedule.
      (s.first <= 3 && /^\d[\d-]*$/.test(tokens[s.first - 1]?.text ?? '') && CALENDAR_WORDS.has(tokens[s.first - 2]?.text.toLowerCase() ?? '')) ||
      // "Operating Profit 412 388": the rest of a line's heading whose first word is a common word.
      (s.first === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.text) && isCommonWord(tokens[0]!.text) && !COMMON_STARTERS.has(tokens[0]!.text.toLowerCase())));
}

/**
 * A word that is no name by itself: a common word, a compound of them ("Quarter-finals", "Halftime"), a month
 * range ("Jan-April"), a quarter ("Q1"), a lone letter.
 */
function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (COMMON_WORDS.has(w) || w.length === 1 || /^([qh][1-4]|m[0-3])$/.test(w)) return true;
  if (w.includes('-')) return w.split('-').every((p) => COMMON_WORDS.has(p) || CALENDAR_WORDS.has(p));
  let hit = compounds.get(w);
  if (hit === undefined) {
    hit = false;
    for (let k = 4; k <= w.length - 4 && !hit; k++) hit = COMMON_WORDS.has(w.slice(0, k)) && COMMON_WORDS.has(w.slice(k));
    if (compounds.size > 20_000) compounds.clear();
    compounds.set(w, hit);
  }
  return hit;
}
const compounds = new Map<string, boolean>();

const isNationOrGroup = (e: GazetteerEntry | undefined) => !!e && (e.form === 'demonym' || e.type === 'country');

/** "X of the IMF", "X of Reuters": the organisation or country right after the name. */
function ofAffiliation(tokens: WordToken[], segAt: (Segment | undefined)[], last: number): { affiliation?: string } {
  let j = last + 1;
  if (tokens[j]?.text !== 'of' && tokens[j]?.text !== 'from') return {};
  j++;
  if (tokens[j]?.text === 'the') j++;
  const seg = segAt[j];
  const e = seg?.kind === 'gazetteer' ? seg.entry : undefined;
  if (!e || (e.type !== 'organization' && e.type !== 'country')) return {};
  return { affiliation: e.name };
}

/** "New York Times", "Chicago Bulls", "Washington Post": a place followed by a capitalised non-name word. */
function mergesIntoOrg(entry: GazetteerEntry, next: string[]): boolean {
  // "Reuters Oslo Bureau", "Kyodo Television": a listed organisation's unit.
  if (entry.type === 'organization') return entry.form === 'name' && next.length <= 3 && ORG_KEYWORDS.has(next[next.length - 1]!.toLowerCase());
  if (entry.type !== 'place' && entry.type !== 'country') return false;
  if (entry.form === 'demonym' || entry.form === 'context') return false;
  const first = next[0]!.toLowerCase(), last = next[next.length - 1]!.toLowerCase();
  // "U.S. Independence Day": a country before a named day is no part of it.
  if (last === 'day') return false;
  // "Tokyo Grain and Commodity Futures Exchange": a long name closed by an organisation word.
  return !GIVEN_NAMES.has(first) && !FAMILY_FIRST.has(first) && (next.length <= 3 || ORG_KEYWORDS.has(last));
}

function gazetteerMention(text: string, tokens: WordToken[], s: Segment, opts: EntityOptions): MentionCandidate | null {
  const e = s.entry!;
  const surface = text.slice(s.start, s.end);
  if (e.form === 'demonym') {
    return opts.nationalities ? { start: s.start, end: s.end, surface, type: 'other', key: surface, strong: true } : null;
  }
  if (e.form === 'capital') {
    const before = tokens[s.first - 1]?.text.toLowerCase() ?? '';
    if (PLACE_PREPOSITIONS.has(before) || tokens[s.last + 1]?.text === ',' && /^[A-Z]/.test(tokens[s.last + 2]?.text ?? '') && s.first === 0) {
      return { start: s.start, end: s.end, surface, type: 'place', key: e.name, strong: true };
    }
    return { start: s.start, end: s.end, surface, type: 'country', key: e.country!, alias: surface, strong: true };
  }
  return {
    start: s.start, end: s.end, surface, type: e.type, key: e.name, strong: true,
    ...(surface !== e.name ? { alias: surface } : {}),
    ...(e.form === 'context' ? { needsContext: true } : {}),
  };
}

function nameMention(text: string, tokens: WordToken[], segAt: (Segment | undefined)[], s: Segment, opts: EntityOptions, lowerWords: ReadonlySet<string>): MentionCandidate {
  const w = words(tokens, s);
  const surface = text.slice(s.start, s.end);
  const base = { start: s.start, end: s.end, surface, key: surface };
  const before = segAt[s.first - 1] ?? (tokens[s.first - 1]?.text === ',' ? segAt[s.first - 2] : undefined);
  const role = roleBefore(tokens, segAt, s.first, opts.maxRoleTokens) ?? roleAfter(tokens, segAt, s.last, opts.maxAppositiveTokens);
  const short = w.length <= opts.maxPersonTokens;
  if (short && role) return { ...base, type: 'person', role, strong: true };
  if (short && (before?.kind === 'honorific' || (before?.kind === 'role' && before.last === s.first - 1))) return { ...base, type: 'person', strong: true, ...ofAffiliation(tokens, segAt, s.last) };
  const lastWord = w[w.length - 1]!.toLowerCase();
  if (EVENT_KEYWORDS.has(lastWord) && (w.length > 1 || surface === surface.toUpperCase())) return { ...base, type: 'other', strong: false };
  // "Labour Day", "Independence Day": a named day.
  if (lastWord === 'day' && w.length > 1 && /\p{Ll}/u.test(surface) && !s.caps) return { ...base, type: 'other', strong: false };
  // "Avg", "Chg", "Shrs": a table's abbreviation is no name unless the document says otherwise.
  if (w.length === 1 && TABLE_ABBREVIATIONS.has(lastWord)) return { ...base, type: 'unknown', strong: false, common: true };
  if (ORG_KEYWORDS.has(lastWord) && w.length > 1) return { ...base, type: 'organization', strong: false };
  // "Treaty of Rome", "Tour of Britain": an event word before "of".
  if (w.length > 2 && w.some((x, k) => x === 'of' && k > 0 && EVENT_KEYWORDS.has(w[k - 1]!.toLowerCase()) && !ORG_KEYWORDS.has(w[k - 1]!.toLowerCase()))) return { ...base, type: 'other', strong: false };
  // "Douglas & Lomason": names joined by an ampersand are a firm.
  if (w.length > 1 && surface.includes(' & ')) return { ...base, type: 'organization', strong: false };
  // "Bank of New Zealand", "Dynamo Kiev": an organisation word before "of", or a club's first word.
  if (w.length > 1 && (ORG_FIRST_WORDS.has(w[0]!.toLowerCase()) || w.some((x, k) => k > 0 && ((x === 'of' || x === 'for') && ORG_KEYWORDS.has(w[k - 1]!.toLowerCase()) || (x === 'on' && ON_HEADS.has(w[k - 1]!.toLowerCase())))))) {
    return { ...base, type: 'organization', strong: false };
  }
  // "Israeli-Syrian talks", "Israeli-PLO accord": a compound led by a nationality word qualifies, like the word itself.
  if (w.length === 1 && surface.includes('-') && isNationOrGroup(lookup(surface.split('-')[0]!))) return { ...base, type: 'other', strong: false };
  if (w.length === 1 && surface.includes('-')) {
    // "T-90", "MiG-29", "DAX-30": a model, weapon or index code.
    if (/^\p{Lu}[\p{Lu}\p{Ll}]{0,5}-\d+$/u.test(surface)) return { ...base, type: 'other', strong: false };
    // "Feb-May", "Post-war", "Kafka-like", "X-ray": a month range or a capitalised compound with a lower-case head is no name.
    const parts = surface.split('-');
    if (parts.every((x) => CALENDAR_WORDS.has(x.toLowerCase())) || /^\p{Ll}+$/u.test(parts[parts.length - 1]!)) return { ...base, type: 'unknown', strong: false, common: true };
  }
  if (PLACE_KEYWORDS.has(lastWord) && w.length > 1) return { ...base, type: 'place', strong: false };
  const firstWord = w[0]!.toLowerCase();
  if (short && w.length >= 2 && (GIVEN_NAMES.has(firstWord) || FAMILY_FIRST.has(firstWord) || /^\p{Lu}\.?$/u.test(w[0]!) || (w.length <= 3 && MORE_GIVEN_NAMES.has(firstWord) && w.every((x) => NAME_SHAPE.test(x))))) return { ...base, type: 'person', strong: false, ...ofAffiliation(tokens, segAt, s.last) };
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(surface) && w.length === 1 && !s.caps && !COMMON_WORDS.has(surface.toLowerCase())) return { ...base, type: 'organization', strong: false };
  const after = tokens[s.last + 1]?.text.toLowerCase() ?? '';
  if (short && w.length >= 2 && SPEECH_AFTER.test(after)) return { ...base, type: 'person', strong: false };
  if (short && w.length >= 2 && tokens[s.last + 1]?.text === ',' && /^(who|whose)$/.test(tokens[s.last + 2]?.text ?? '')) return { ...base, type: 'person', strong: false };
  // Two or three Title-case words that are not common words ("Pieter Hendriks"): the shape of a personal name.
  const core = w.filter((x) => !NAME_PARTICLES.has(x)); // "Aravinda de Silva"
  if (short && core.length >= 2 && core.length <= 3 && !COMMON_WORDS.has(lastWord) && core.every((x) => NAME_SHAPE.test(x)) && !core.some((x) => lowerWords.has(x.toLowerCase())) && !allCommon(w, s, surface, tokens, lowerWords)) {
    return { ...base, type: 'person', strong: false };
  }
  // "the aircraft carrier Resolute", "the tanker Sea Star": a ship, craft or spacecraft.
  if ((VESSEL_BEFORE.test(tokens[s.first - 1]?.text ?? '') || (tokens[s.first - 1]?.text === 'carrier' && tokens[s.first - 2]?.text === 'aircraft')) && w.length <= 3) return { ...base, type: 'other', strong: false };
  // "Narino province", "the Heysel stadium": a lower-case place word right after the name.
  const follower = tokens[s.last + 1];
  if (follower?.word && PLACE_KEYWORDS.has(follower.text) && w.length <= 3) return { ...base, type: 'place', strong: false };
  const prev = tokens[s.first - 1]?.text.toLowerCase() ?? '';
  if (w.length <= 2 && PLACE_PREPOSITIONS.has(prev) && prev !== 'from') return { ...base, type: 'place', strong: false };
  // "won at Wembley", "held at Insein": a venue; but "an analyst at Barrow" works for a firm.
  if (w.length <= 2 && prev === 'at' && !s.caps && !/^\p{Lu}+$/u.test(surface) && !WORKS_AT.test(tokens[s.first - 2]?.text ?? '') && !ORG_NOUNS_AFTER.has(tokens[s.last + 1]?.text ?? '')) return { ...base, type: 'place', strong: false };
  // "the town of Kaolack", "the island of Gorgona", "residents of Srebrenica".
  if (w.length <= 3 && prev === 'of' && PLACE_OF.has(tokens[s.first - 2]?.text ?? '')) return { ...base, type: 'place', strong: false };
  // "Sandusky , Ohio": a name followed by its state or country.
  const region = segAt[s.last + 2];
  if (w.length <= 3 && tokens[s.last + 1]?.text === ',' && region?.entry && (region.entry.type === 'place' || region.entry.type === 'country') && region.entry.form === 'name' &&
    !/^\p{Lu}/u.test(tokens[region.last + 1]?.text ?? '') && !ORG_KEYWORDS.has(lastWord)) return { ...base, type: 'place', strong: false };
  // "( at Headingley )": a venue note.
  if (prev === 'at' && tokens[s.first - 2]?.text === '(') return { ...base, type: 'place', strong: false };
  // A lone given name ("Alan", "Frankie") is a person called by first name.
  if (w.length === 1 && GIVEN_NAMES.has(firstWord) && !lookup(surface) && !COMMON_WORDS.has(firstWord)) return { ...base, type: 'person', strong: false };
  return { ...base, type: 'unknown', strong: false, ...(allCommon(w, s, surface, tokens, lowerWords) ? { common: true } : {}) };
}

