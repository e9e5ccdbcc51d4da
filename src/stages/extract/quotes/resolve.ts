/**
 * @module extract/quotes/resolve — who a source phrase names: a person mentioned in it (nearest the cue), a
 * pronoun's most recent person ("she"/"he" agreeing where a given name or honorific tells; "they" the latest
 * coordination or plural subject, else like "it" an organisation or country), a coordination ("A and B") as the
 * group, a bare title ("the ambassador") as the most recent person holding it, a role phrase ("Ottawa's trade
 * envoy") linked to the document's one holder of that role, else an organisation or country in the phrase; else
 * the phrase itself.
 */
import type { Entity, EntityType } from '../../../core/index.ts';
import type { SourcePhrase } from './source-phrase.ts';
import { ROLE_WORDS } from './role-words.ts';
import { ENGLISH_STOPWORDS } from '../../../lib/text/stopwords.ts';
import givenNames from '../../../../data/female-given-names.json' with { type: 'json' };

const FEMALE = new Set(givenNames.female.split(' '));

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

export interface Speaker {
  entity: Entity | null;
  name: string | null;
}

/** This document's entity mentions, in text order. */
export function mentionsIn(documentId: string, entities: Entity[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const entity of entities) for (const m of entity.mentions) if (m.documentId === documentId) out.push({ start: m.start, end: m.end, entity });
  return out.sort((a, b) => a.start - b.start);
}

const PERSONAL = new Set(['he', 'she', 'i']);
const GROUP: ReadonlySet<EntityType> = new Set(['organization', 'country']);

/** Resolve a source phrase (cue at `cueStart`) to its speaker; `excluded` ranges (quoted words) hold no antecedents. */
export function resolveSpeaker(text: string, src: SourcePhrase, mentions: MentionRef[], excluded: { start: number; end: number }[]): Speaker {
  const phrase = text.slice(src.start, src.end);
  const outside = (m: MentionRef) => !excluded.some((r) => m.start >= r.start && m.end <= r.end);
  const recent = (pred: (m: MentionRef) => boolean) => {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start < src.start && pred(m) && outside(m)) return m.entity;
    }
    return null;
  };
  if (src.pronoun) {
    const p = phrase.toLowerCase();
    const person = (m: MentionRef) => m.entity.type === 'person';
    // "she" agrees with a woman's name or "Mrs./Ms.", "he" with anyone else; with no such person, the most recent one.
    const woman = (m: MentionRef) => FEMALE.has(m.entity.name.split(' ')[0]!.toLowerCase()) || /^(Mrs|Ms|Miss)\b/.test(text.slice(m.start, m.end)) ||
      /\b(Mrs|Ms|Miss)\.?\s*$/.test(text.slice(Math.max(0, m.start - 6), m.start));
    const agrees = p === 'she' ? (m: MentionRef) => person(m) && woman(m) : p === 'he' ? (m: MentionRef) => person(m) && !woman(m) : person;
    if (p === 'they') {
      // "China and Russia abstained. They said ...": the most recent coordination of speakers in this or the previous sentence.
      const plural = recentCoordination(text, mentions, src.start, (m) => SPEAKING.has(m.entity.type) && outside(m));
      if (plural) return { entity: null, name: joinNames(plural.map((m) => m.entity.name)) };
      // "The 13 other members voted for it. They said ...": the plural subject of the previous sentence.
      const own = sentenceStartBefore(text, src.start);
      const subject = own > 0 ? pluralSubject(text.slice(sentenceStartBefore(text, own - 1), own)) : null;
      if (subject) {
        const at = text.lastIndexOf(subject, own);
        // The group's entity when the subject is one name ("Democrats"), not a phrase around one ("Democrats in the Senate").
        const e = mentions.find((m) => m.start === at && m.end === at + subject.length)?.entity ?? null;
        return { entity: e, name: subject };
      }
    }
    const e = PERSONAL.has(p) ? recent(agrees) ?? recent(person) : p === 'it' || p === 'they' ? recent((m) => GROUP.has(m.entity.type)) : null;
    return { entity: e, name: e?.name ?? null };
  }
  // "X, the North's closest ally, and Y, whose ..., said": each conjunct speaks; together they are the speaker.
  if (src.conjuncts && src.conjuncts.length > 1) {
    const names = src.conjuncts.map((c) => resolveSpeaker(text, { start: c.start, end: c.end, pronoun: false }, mentions, excluded).name ?? text.slice(c.start, c.end));
    return { entity: null, name: joinNames(names) };
  }
  const inside = mentions.filter((m) => m.start >= src.start && m.end <= src.end);
  // "Smith and Jones said", "China and Russia said": a coordination of two or more speakers is the group.
  const group = coordination(text, inside.filter((m) => SPEAKING.has(m.entity.type)));
  if (group && group[0]!.start === src.start + leadingArticle(phrase) && group[group.length - 1]!.end === src.end) return { entity: null, name: joinNames(group.map((m) => m.entity.name)) };
  // The head of "Lloyd Grove, the editor who profiled Boyle" is the first person; "Trump's campaign manager X" skips the possessor.
  // "the Trump campaign", "Obama aide X": a name before a lower-case noun modifies it and does not speak.
  // Only after an article or before another person: "Marco Ferri spent" (a misread verb) keeps its name.
  const modifier = (m: MentionRef) => {
    const w = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(m.end, src.end))?.[1];
    if (w === undefined || ENGLISH_STOPWORDS.has(w) || /ly$/.test(w)) return false;
    return /\b(the|a|an)\s+$/i.test(text.slice(src.start, m.start)) || inside.some((o) => o.start > m.end && o.entity.type === 'person');
  };
  const person = inside.find((m) => m.entity.type === 'person' && !/^['\u2019]s\b/.test(text.slice(m.end, m.end + 2)) && !modifier(m));
  if (person) return { entity: person.entity, name: person.entity.name };
  const words = phrase.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const role = words.find((w) => ROLE_WORDS.has(w));
  if (role && /^the\b/i.test(phrase) && !inside.length) {
    const e = recent((m) => m.entity.type === 'person' && (m.entity.description ?? '').toLowerCase().includes(role)) ?? null;
    if (e) return { entity: e, name: phrase };
  }
  // "Washington's nuclear envoy said": a role phrase without a person links to the one person of the document whose
  // role contains its head word; the name stays as the text gives it.
  const head = words[words.length - 1];
  if (head && ROLE_WORDS.has(head) && !inside.some((m) => m.entity.type === 'person')) {
    const holders = roleHolders(mentions, head);
    if (holders.size === 1) { const [e] = holders; return { entity: e!, name: phrase }; }
  }
  const org = inside.find((m) => m.entity.type !== 'place' && m.entity.type !== 'other') ?? inside[0];
  // An organisation or country is named as the text names it ("the FBI", "Democrats"); the id carries the canonical entity.
  if (org && words.length <= 4) return { entity: org.entity, name: phrase };
  return { entity: null, name: phrase };
}

/** Persons of a document by the words of their role, built once per mention list. */
const holdersByList = new WeakMap<MentionRef[], Map<string, Set<Entity>>>();
function roleHolders(mentions: MentionRef[], word: string): Set<Entity> {
  let byWord = holdersByList.get(mentions);
  if (!byWord) {
    byWord = new Map();
    for (const m of mentions) {
      if (m.entity.type !== 'person') continue;
      for (const w of roleWords(m.entity.description)) {
        if (!byWord.has(w)) byWord.set(w, new Set());
        byWord.get(w)!.add(m.entity);
      }
    }
    holdersByList.set(mentions, byWord);
  }
  return byWord.get(word) ?? new Set();
}
const roleWords = (description: string | null | undefined) => new Set((description ?? '').toLowerCase().split(/[^\p{L}-]+/u));

/** Entity types that can speak as one of a group. */
const SPEAKING: ReadonlySet<EntityType> = new Set(['person', 'organization', 'country']);
/** Text between two coordinated names: ", ", " and ", ", and ". */
const CONJ = /^\s*(,|,?\s*and|,?\s*&)\s*$/;

/** "Smith and Jones", "A, B and C": mentions (in order) chained only by commas and "and", ending with "and"; else null. */
function coordination(text: string, ms: MentionRef[]): MentionRef[] | null {
  if (ms.length < 2) return null;
  for (let k = 1; k < ms.length; k++) if (!CONJ.test(text.slice(ms[k - 1]!.end, ms[k]!.start))) return null;
  if (!/and|&/.test(text.slice(ms[ms.length - 2]!.end, ms[ms.length - 1]!.start))) return null;
  return new Set(ms.map((m) => m.entity.id)).size === ms.length ? ms : null;
}

/** The latest coordination of speakers ending in the sentence before `at` or in its own sentence, or null. */
function recentCoordination(text: string, mentions: MentionRef[], at: number, keep: (m: MentionRef) => boolean): MentionRef[] | null {
  const ownStart = sentenceStartBefore(text, at);
  const floor = sentenceStartBefore(text, Math.max(0, ownStart - 1));
  // Only the mentions of these two sentences (mentions are in text order).
  let hi = mentions.length;
  while (hi > 0 && mentions[hi - 1]!.end > at) hi--;
  let lo = hi;
  while (lo > 0 && mentions[lo - 1]!.start >= floor) lo--;
  const before = mentions.slice(lo, hi).filter(keep);
  for (let k = before.length - 1; k > 0; k--) {
    if (before[k]!.start < floor) return null;
    let first = k;
    while (first > 0 && CONJ.test(text.slice(before[first - 1]!.end, before[first]!.start))) first--;
    if (first < k) {
      const chain = coordination(text, before.slice(first, k + 1));
      if (chain) return chain;
    }
  }
  return null;
}

/** Longest look-back for a sentence start: unpunctuated text must not make every "they" scan the whole document. */
const MAX_SENTENCE_CHARS = 1500;

/** Offset where the sentence holding `at` starts (after the last ". " / newline before it, at most MAX_SENTENCE_CHARS back). */
function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - MAX_SENTENCE_CHARS);
  for (let k = at - 1; k > floor; k--) {
    const ch = text[k]!;
    if (ch === '\n' || (/[.!?]/.test(ch) && /\s/.test(text[k + 1] ?? '') && k + 1 < at)) return k + 1;
  }
  return floor;
}

/** Words that open a plural subject ("The 13 other members", "Both parties", "Many voters"). */
const PLURAL_OPENER = /^(the|these|those|both|all|many|some|several|most|other|their|its|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i;
/** A verb right after a subject: a past tense, an auxiliary or a common present plural. */
const VERB_AFTER_SUBJECT = /^(\p{Ll}+ed|were|are|have|had|did|do|will|would|could|can|may|might|must|should|said|say|told|made|took|gave|met|went|came|sent|held|left|won|lost|also|\p{Ll}+ly)$/u;

/** The plural noun phrase opening `sentence` as its subject ("The 13 other members voted ..."), or null. */
function pluralSubject(sentence: string): string | null {
  const words = sentence.trim().split(/\s+/);
  if (!PLURAL_OPENER.test(words[0] ?? '') && !/^\p{Lu}/u.test(words[0] ?? '')) return null;
  for (let k = 1; k < words.length && k <= 6; k++) {
    if (!VERB_AFTER_SUBJECT.test(words[k]!)) continue;
    // The head stands before a prepositional modifier ("Democrats in the Senate"), else right before the verb.
    const prep = words.slice(1, k).findIndex((w) => /^(of|in|at|from|on|for|with)$/.test(w));
    const head = words[prep >= 0 ? prep : k - 1]!;
    // A plural head noun ("members", "Democrats"), not "press", "bus", "crisis", or a possessive.
    if (!/^\p{L}+[^sui'\u2019]s$/u.test(head) || words.slice(0, k).some((w) => /[,;:]$/.test(w))) return null;
    return words.slice(0, k).join(' ');
  }
  return null;
}

/** Length of a leading "the " that a mention leaves out ("the FBI and the CIA said"). */
const leadingArticle = (phrase: string) => /^the\s+/i.exec(phrase)?.[0].length ?? 0;

/** "China and Russia", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
