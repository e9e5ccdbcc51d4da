/**
 * @module extract/quotes/resolve — who a source phrase names: a person mentioned in it (nearest the cue), a
 * pronoun's most recent person ("she"/"he" agreeing where a given name or honorific tells; for "they"/"it",
 * organisation or country), a bare title ("the ambassador") as the most recent person holding it, else an
 * organisation or country in the phrase; else the phrase itself.
 */
import type { Entity, EntityType } from '../../../core/index.ts';
import type { SourcePhrase } from './source-phrase.ts';
import { ROLE_WORDS } from './role-words.ts';
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
    const e = PERSONAL.has(p) ? recent(agrees) ?? recent(person) : p === 'it' || p === 'they' ? recent((m) => GROUP.has(m.entity.type)) : null;
    return { entity: e, name: e?.name ?? null };
  }
  const inside = mentions.filter((m) => m.start >= src.start && m.end <= src.end);
  // The head of "Lloyd Grove, the editor who profiled Boyle" is the first person; "Trump's campaign manager X" skips the possessor.
  const person = inside.find((m) => m.entity.type === 'person' && !/^['\u2019]s\b/.test(text.slice(m.end, m.end + 2)));
  if (person) return { entity: person.entity, name: person.entity.name };
  const words = phrase.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const role = words.find((w) => ROLE_WORDS.has(w));
  if (role && /^the\b/i.test(phrase) && !inside.length) {
    const e = recent((m) => m.entity.type === 'person' && (m.entity.description ?? '').toLowerCase().includes(role)) ?? null;
    if (e) return { entity: e, name: e.name };
  }
  const group = inside.find((m) => m.entity.type !== 'place' && m.entity.type !== 'other') ?? inside[0];
  // An organisation or country is named as the text names it ("the FBI", "Democrats"); the id carries the canonical entity.
  if (group && words.length <= 4) return { entity: group.entity, name: phrase };
  return { entity: null, name: phrase };
}
