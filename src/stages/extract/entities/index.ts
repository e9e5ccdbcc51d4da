/** @module extract/entities — people, organisations, countries and places, merged across documents. */
import type { Article, Entity, Span } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { wordTokens, isCapitalized, lowerOf, type WordToken } from '../../../lib/text/word-tokens.ts';
import { defaultEntityOptions, type EntityOptions } from './defaults.ts';
import { findSegments, isAllCaps } from './find.ts';
import { COMMON_WORDS } from './gazetteer.ts';
import { parseSentence, type MentionCandidate } from './parse.ts';
import { resolveMentions, type DocMentions } from './resolve.ts';

export { defaultEntityOptions, type EntityOptions } from './defaults.ts';
export { surnameOf } from './resolve.ts';

/** The stretches of a document analysed: its headline (when in the text) and its body paragraphs. */
function regions(doc: Article): Pick<Span, 'start' | 'end'>[] {
  const paras = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
  const t = doc.titleSpan;
  return t && !paras.some((p) => p.start < t.end && t.start < p.end) ? [t, ...paras] : paras;
}

/** Typed mention candidates of one document, in text order. */
export function findMentions(doc: Article, opts: EntityOptions = defaultEntityOptions): MentionCandidate[] {
  const sentences: WordToken[][] = [];
  for (const r of regions(doc)) {
    let from = -1;
    for (const s of splitSentences(doc.text, r.start, r.end)) {
      // A "sentence" that is only an abbreviation ("F.C.", "A.") or a rank ("3.") opens the next one: read them together.
      if (s.end - s.start <= 8 && /^(?:(?:\p{L}\.){1,4}|\d{1,3}\.)$/u.test(doc.text.slice(s.start, s.end))) { if (from < 0) from = s.start; continue; }
      sentences.push(wordTokens(doc.text, from < 0 ? s.start : from, s.end));
      from = -1;
    }
    if (from >= 0) sentences.push(wordTokens(doc.text, from, r.end));
  }
  const lowerWords = new Set<string>();
  for (const toks of sentences) for (const t of toks) if (t.word && !isCapitalized(t.text)) lowerWords.add(t.text.toLowerCase());
  const titleWords = sentences.some(isAllCaps) ? titleWordsOf(sentences, lowerWords) : undefined;
  return possessiveNames(doc.text, teamsByName(doc.text, sentences.flatMap((toks) => parseSentence(doc.text, toks, findSegments(toks, { lowerWords, titleWords, opts }), opts, lowerWords))));
}

/**
 * A firm whose name holds a possessive ("Harlan 's Bancorp Inc", "Moody 's Investors Service") is called
 * "Harlan 's" for short: where the document names it so, the possessive belongs to the name.
 */
function possessiveNames(text: string, ms: MentionCandidate[]): MentionCandidate[] {
  let heads: Set<string> | null = null;
  for (const m of ms) {
    if (m.type !== 'organization') continue;
    const p = /^(\p{Lu}[\p{L}.&-]*) ['\u2019]s /u.exec(m.surface);
    if (p) (heads ??= new Set()).add(p[1]!);
  }
  if (!heads) return ms;
  return ms.map((m) => (m.type === 'organization' || m.type === 'unknown') && heads.has(m.surface) && /^ ['\u2019]s\b/u.test(text.slice(m.end, m.end + 3))
    ? { ...m, end: m.end + 3, surface: text.slice(m.start, m.end + 3), key: text.slice(m.start, m.end + 3), type: 'organization', common: undefined } : m);
}

/** Words before a place name that keep it a place even in a document where its name is also a team's. */
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|at|near|outside|around|across|throughout|into|visit|visited|to)\s+$/i;
/** "Cleveland Indians", "Leeds United": a city and a team's nickname or club word. */
const TEAM_NAME = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) (?:\p{Lu}\p{Ll}+s|United|City|Rovers|Wanderers|Athletic|Albion|County|Town|Rangers|Hotspur)$/u;

/**
 * A city that the document names as a team ("Cleveland 3 Seattle 1", "the Cleveland Indians", "side Nice") is the
 * team wherever else the document writes it plainly ("Cleveland 's lead"), but still the city after "in" or "at".
 */
function teamsByName(text: string, ms: MentionCandidate[]): MentionCandidate[] {
  let teams: Set<string> | null = null;
  for (const m of ms) {
    if (m.team) (teams ??= new Set()).add(m.surface);
    if (m.type === 'organization') {
      const t = TEAM_NAME.exec(m.surface);
      if (t) (teams ??= new Set()).add(t[1]!);
    }
  }
  if (!teams) return ms;
  return ms.map((m) => m.type === 'place' && teams.has(m.surface) && m.surface !== m.surface.toUpperCase() && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !DATELINE_BEFORE.test(lineBefore(text, m.start))
    ? { ...m, type: 'organization', key: m.surface, alias: undefined, team: true } : m);
}

/** "ARLINGTON , Texas 1996-08-31": the region of a dateline. */
const DATELINE_BEFORE = /^\p{Lu}[\p{Lu} .'-]+ ?,\s*$/u;
function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

/** Words capitalised mid-sentence and never written in lower case: names a capitalised headline may repeat. */
function titleWordsOf(sentences: WordToken[][], lowerWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const toks of sentences) {
    if (isAllCaps(toks)) continue;
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || !isCapitalized(t.text)) continue;
      // An acronym the body writes ("NFL", "WBA") is a name in the headline too; other capitals say nothing.
      if (t.text === t.text.toUpperCase() && !/^\p{Lu}{2,5}$/u.test(t.text)) continue;
      const w = lowerOf(t);
      if (!lowerWords.has(w) && !COMMON_WORDS.has(w)) out.add(w);
    }
  }
  return out;
}

/** Find entities in every document and merge them across documents (aliases, surnames, demonyms, capitals). */
export function resolveEntities(docs: Article[], options: Partial<EntityOptions> = {}): Entity[] {
  const opts = { ...defaultEntityOptions, ...options };
  const perDoc: DocMentions[] = docs.map((d) => ({ documentId: d.id, text: d.text, mentions: findMentions(d, opts) }));
  return resolveMentions(perDoc, opts);
}
