/**
 * @module extract/entities/parse — types the candidate spans of one sentence: gazetteer names as countries,
 * organisations and places (a capital as its government unless it is where something happens), capitalised
 * runs as people (after a title, with a known given name, before a speech verb, with an appositive role),
 * organisations or places (by their last word), and attaches role phrases to people.
 */
import type { EntityType } from '../../../core/index.ts';
import type { WordToken } from '../../../lib/text/word-tokens.ts';
import { GIVEN_NAMES, FAMILY_FIRST, type GazetteerEntry } from './gazetteer.ts';
import { ORG_KEYWORDS, PLACE_KEYWORDS, PLACE_PREPOSITIONS } from './lexicon.ts';
import { roleAfter, roleBefore, type RolePhrase } from './role-phrase.ts';
import type { Segment } from './find.ts';
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
}

const SPEECH_AFTER = /^(said|says|say|told|tells|added|adds|noted|wrote|writes|argued|insisted|warned|explained|stated|asked|replied|continued|declared)$/;

const words = (tokens: WordToken[], s: Segment) => tokens.slice(s.first, s.last + 1).filter((t) => t.word).map((t) => t.text);

/** Typed mentions of one sentence. */
export function parseSentence(text: string, tokens: WordToken[], segments: Segment[], opts: EntityOptions, lowerWords: ReadonlySet<string> = new Set()): MentionCandidate[] {
  const segAt: (Segment | undefined)[] = new Array(tokens.length);
  for (const s of segments) for (let k = s.first; k <= s.last; k++) segAt[k] = s;
  const out: MentionCandidate[] = [];
  for (let n = 0; n < segments.length; n++) {
    const s = segments[n]!;
    if (s.kind === 'gazetteer') {
      const next = segments[n + 1];
      if (next?.kind === 'name' && next.first === s.last + 1 && mergesIntoOrg(s.entry!, words(tokens, next))) {
        const lastWord = words(tokens, next).pop()!.toLowerCase();
        const type = PLACE_KEYWORDS.has(lastWord) ? 'place' : 'organization';
        out.push({ start: s.start, end: next.end, surface: text.slice(s.start, next.end), type, key: text.slice(s.start, next.end), strong: false });
        n++;
        continue;
      }
      const m = gazetteerMention(text, tokens, s, opts);
      if (m) out.push(m);
    } else if (s.kind === 'name') {
      out.push(nameMention(text, tokens, segAt, s, opts, lowerWords));
    }
  }
  return out;
}

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
  if (entry.type !== 'place' && entry.type !== 'country') return false;
  if (entry.form === 'demonym' || entry.form === 'context') return false;
  const first = next[0]!.toLowerCase();
  return !GIVEN_NAMES.has(first) && !FAMILY_FIRST.has(first) && next.length <= 3;
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
  if (ORG_KEYWORDS.has(lastWord) && w.length > 1) return { ...base, type: 'organization', strong: false };
  if (PLACE_KEYWORDS.has(lastWord) && w.length > 1) return { ...base, type: 'place', strong: false };
  const firstWord = w[0]!.toLowerCase();
  if (short && w.length >= 2 && (GIVEN_NAMES.has(firstWord) || FAMILY_FIRST.has(firstWord) || /^\p{Lu}\.?$/u.test(w[0]!))) return { ...base, type: 'person', strong: false, ...ofAffiliation(tokens, segAt, s.last) };
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(surface) && w.length === 1) return { ...base, type: 'organization', strong: false };
  const after = tokens[s.last + 1]?.text.toLowerCase() ?? '';
  if (short && w.length >= 2 && SPEECH_AFTER.test(after)) return { ...base, type: 'person', strong: false };
  if (short && w.length >= 2 && tokens[s.last + 1]?.text === ',' && /^(who|whose)$/.test(tokens[s.last + 2]?.text ?? '')) return { ...base, type: 'person', strong: false };
  // Two or three Title-case words that are not common words ("Pieter Hendriks"): the shape of a personal name.
  if (short && w.length >= 2 && w.length <= 3 && w.every((x) => /^\p{Lu}(\p{Ll}+|\.?)$/u.test(x) || /^\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+$/u.test(x)) && !w.some((x) => lowerWords.has(x.toLowerCase()))) {
    return { ...base, type: 'person', strong: false };
  }
  // "Narino province", "the Heysel stadium": a lower-case place word right after the name.
  const follower = tokens[s.last + 1];
  if (follower?.word && PLACE_KEYWORDS.has(follower.text) && w.length <= 3) return { ...base, type: 'place', strong: false };
  const prev = tokens[s.first - 1]?.text.toLowerCase() ?? '';
  if (w.length <= 2 && PLACE_PREPOSITIONS.has(prev) && prev !== 'from') return { ...base, type: 'place', strong: false };
  return { ...base, type: 'unknown', strong: false };
}
