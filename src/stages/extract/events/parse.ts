/**
 * @module events/parse — a trigger in its sentence as an event mention: actors (entities named before the
 * trigger, or after "by"), place, object words, and the time expression nearest to it in the sentence.
 */
import type { Article, Entity, TimeExpr } from '../../../core/index.ts';
import { parseIsoDay } from '../../../lib/time/calendar-day.ts';
import { ENGLISH_STOPWORDS } from '../../../lib/text/stopwords.ts';
import { DATED_NOUNS, DATED_TYPES } from './lexicon.ts';
import type { TriggerHit } from './find.ts';

export interface EventMention {
  doc: Article;
  type: string;
  trigger: { start: number; end: number };
  sentence: { start: number; end: number };
  actorIds: string[];
  place: string | null;
  object: string;
  /** The time expression dating it (index into the document's times), or null. */
  time: TimeExpr | null;
  /** Days it may have happened on (day numbers; null = open). */
  earliest: number | null;
  latest: number | null;
  /** The date rests on the text itself (an explicit date, or a relative one against a certain document date). */
  reliable: boolean;
  words: Set<string>;
}

export interface EntityMentionIndex { start: number; end: number; entity: Entity }

/** Entity mentions of each document, by position (one pass over the entities for all documents). */
export function indexEntityMentions(entities: Entity[]): Map<string, EntityMentionIndex[]> {
  const byDoc = new Map<string, EntityMentionIndex[]>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const list = byDoc.get(m.documentId);
      const item = { start: m.start, end: m.end, entity };
      if (list) list.push(item);
      else byDoc.set(m.documentId, [item]);
    }
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
  return byDoc;
}

/** The mentions inside [start, end], in index order: a binary search instead of a filter over the document's. */
function mentionsWithin(index: EntityMentionIndex[], start: number, end: number): EntityMentionIndex[] {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMentionIndex[] = [];
  // Sorted by start, and a mention ends after it starts: none past `end` can end inside.
  for (let i = lo; i < index.length && index[i]!.start <= end; i++) if (index[i]!.end <= end) out.push(index[i]!);
  return out;
}

const ACTOR_TYPES = new Set(['person', 'organization', 'country', 'other']);
const DATING = (t: TimeExpr) => (t.kind === 'date' || t.kind === 'time') && t.value !== 'PRESENT_REF' && t.value !== 'PAST_REF' && t.value !== 'FUTURE_REF';

const SPEECH = new Set(['statement', 'announcement', 'report']);

/** The time expressions of a sentence, each given to its nearest trigger. */
export function assignTimes(text: string, hits: TriggerHit[], times: TimeExpr[]): Map<TriggerHit, TimeExpr> {
  const out = new Map<TriggerHit, TimeExpr>();
  for (const t of times) {
    if (!DATING(t)) continue;
    // "said that ... in October": a time inside the reported clause dates what was said, not the saying.
    const reported = (h: TriggerHit) => SPEECH.has(h.type) && t.span.start >= h.end && /\bthat\b|["“]/.test(text.slice(h.end, t.span.start));
    const inSentence = hits.filter((h) => h.sentence.start <= t.span.start && t.span.end <= h.sentence.end && !reported(h));
    if (!inSentence.length) continue;
    // A time adverbial mostly follows the verb it dates ("vetoed ... on Thursday"); one before a trigger dates it
    // less often, and hardly ever across a relative pronoun ("last month that would have imposed").
    const dist = (h: TriggerHit) => {
      if (t.span.start >= h.end) return t.span.start - h.end;
      const between = text.slice(t.span.end, h.start);
      return (h.start - t.span.end) * 3 + (/\b(?:that|which|who|whom|when|where)\b/i.test(between) ? 500 : 0);
    };
    const nearest = inSentence.reduce((a, b) => (dist(b) < dist(a) ? b : a));
    const prev = out.get(nearest);
    if (!prev || dist(nearest) < Math.abs(prev.span.start - nearest.end)) out.set(nearest, t);
  }
  // Triggers written together ("veto decisions") share their date.
  for (const h of hits) {
    if (out.has(h)) continue;
    const next = hits.find((o) => o !== h && out.has(o) && (Math.abs(o.start - h.end) <= 2 || Math.abs(h.start - o.end) <= 2));
    if (next) out.set(h, out.get(next)!);
  }
  return out;
}

const COUNTERFACTUAL = /\b(?:would|could|might|should)(?: not)? have\b[^,;.]*$/i;
const PREPOSITION_BEFORE = /\b(?:in|of|over|on|at|to|for|from|with|by|against|toward|towards|about|into|within|across|after|before|than|like|between|among)\s+(?:the\s+)?$/i;
const ASIDE_OPENERS = /,\s*(?:whose|which|who|where|when|the|a|an|its|their|his|her|including|with)\b[^,]*$/i;

/**
 * An entity named before the trigger is in its subject unless it follows a preposition ("over its operation in
 * Ukraine") or sits in an aside that is still open at the mention ("China, the North's closest ally, and").
 */
function inSubject(text: string, sentenceStart: number, at: number, trigger: number): boolean {
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, at - 16), at))) return false;
  const before = text.slice(sentenceStart, at);
  if (ASIDE_OPENERS.test(before)) {
    // The aside closes with a comma between the mention and the trigger: the mention is inside it.
    if (/,/.test(text.slice(at, trigger))) return false;
  }
  if (/["“”]/.test(text.slice(at, trigger)) && (text.slice(at, trigger).match(/["“”]/g) ?? []).length % 2 === 1) return false;
  return true;
}

/** Before an undated noun trigger, words that make it refer back to a happening or speak of it in general ("the deal", "any threat", "Beijing's decision"); so does opening the sentence bare ("Protesters believe..."). */
const REFERRING = /(?:^|[^\p{L}])(?:the|this|that|these|those|any|no|every|such|another|its|their|his|her|our|whose|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+)?$/iu;

function referringNoun(text: string, hit: TriggerHit): boolean {
  const before = text.slice(Math.max(hit.sentence.start, hit.start - 40), hit.start);
  return REFERRING.test(before) || !/\S/.test(before);
}

export function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}[\p{L}'-]{2,}/gu) ?? []).filter((w) => !ENGLISH_STOPWORDS.has(w)));
}

// Triggers of one sentence come one after another: they share its word set (read only, by merge).
let lastWords: { text: string; start: number; end: number; words: Set<string> } | null = null;

function sentenceWords(text: string, sentence: { start: number; end: number }): Set<string> {
  if (lastWords && lastWords.text === text && lastWords.start === sentence.start && lastWords.end === sentence.end) return lastWords.words;
  const words = contentWords(text.slice(sentence.start, sentence.end));
  lastWords = { text, start: sentence.start, end: sentence.end, words };
  return words;
}

export function parseMention(
  doc: Article, hit: TriggerHit, time: TimeExpr | null, entityIndex: EntityMentionIndex[], objectWords: number,
): EventMention | null {
  const text = doc.text;
  if (!time && (DATED_TYPES.has(hit.type) || (DATED_NOUNS.has(text.slice(hit.start, hit.end).toLowerCase()) && referringNoun(text, hit)))) return null;
  // A counterfactual ("would have imposed") reports no event.
  if (COUNTERFACTUAL.test(text.slice(Math.max(hit.sentence.start, hit.start - 40), hit.start))) return null;
  const inSentence = mentionsWithin(entityIndex, hit.sentence.start, hit.sentence.end);
  let subject = inSentence.filter((m) => m.end <= hit.start && ACTOR_TYPES.has(m.entity.type) && inSubject(text, hit.sentence.start, m.start, hit.start));
  // The clause nearest the trigger names its subject ("..., Washington's envoy said"): prefer mentions after the last comma.
  const lastComma = text.lastIndexOf(',', hit.start);
  const near = subject.filter((m) => m.start > lastComma);
  if (near.length && lastComma > hit.sentence.start) subject = near;
  const by = /^\s+by\b/.exec(text.slice(hit.end, hit.end + 4));
  if (by) subject = inSentence.filter((m) => m.start >= hit.end && m.start < hit.end + 60 && ACTOR_TYPES.has(m.entity.type)).slice(0, 2);
  const actorIds = [...new Set(subject.map((m) => m.entity.id))];
  const after = text.slice(hit.end, hit.sentence.end).split(/[,;:.!?(]/)[0] ?? '';
  const clauseEnd = hit.end + after.length;
  const placeMention = inSentence.find((m) => m.start >= hit.end && m.end <= clauseEnd && (m.entity.type === 'place' || m.entity.type === 'country')
    && /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(hit.sentence.start, m.start - 8), m.start)));
  const objectTokens = after.trim().split(/\s+/).slice(0, objectWords);
  while (objectTokens.length && /^(?:on|in|at|of|to|for|the|a|an|and|or|by|with|from)$/i.test(objectTokens.at(-1)!)) objectTokens.pop();
  const object = objectTokens.join(' ');
  const e = parseIsoDay(time?.earliest);
  const l = parseIsoDay(time?.latest);
  return {
    doc, type: hit.type, trigger: { start: hit.start, end: hit.end }, sentence: hit.sentence, actorIds,
    place: placeMention?.entity.name ?? null, object, time, earliest: e, latest: l,
    reliable: time != null && e != null && (doc.published.date != null || /\b\d{4}\b/.test(time.text)),
    words: sentenceWords(text, hit.sentence),
  };
}
