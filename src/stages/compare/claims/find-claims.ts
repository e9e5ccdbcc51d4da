/** @module find-claims — each document's body as atomic claims with their slots (actor, action, numbers, dates, quotes). */
import type { Article, Extraction, Quote, Span } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { tokenize } from '../../../lib/text/tokenize.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';
import { stemWord } from '../../../lib/text/stem-word.ts';
import { overlaps } from '../../../lib/span.ts';
import type { CompareOptions } from '../defaults.ts';
import type { ClaimUnit, NumberSlot, DateSlot } from './claim-unit.ts';
import { splitClauses } from './split-clauses.ts';
import { findPredicate } from './find-predicate.ts';
import { numberBounds } from './number-bounds.ts';
import { attributionZones, withoutAttribution } from './attribution-zones.ts';
import { decadePart } from './decade-part.ts';

/** Up to five words (a figure like "3,000" counts as one) before a comma, full stop, semicolon or preposition. */
const OBJECT_WORD = String.raw`(?:\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[\p{L}\p{N}$%'\u2019-]+(?:\.\d+)?)`;
const OBJECT_STOP = String.raw`(?=,\s|[;:]|\.(?:\s|$)|\s(?:to|in|on|at|for|from|by|with|over|after|before|as|that|which)\s|$)`;
const OBJECT_PHRASE = new RegExp(String.raw`^\s+((?:${OBJECT_WORD}\s*){1,5}?)${OBJECT_STOP}`, 'u');
const DATELINE_GAP = /\)\s*[-\u2013\u2014]|\s[-\u2013\u2014]\s/;
/** The credit line of an embedded post ("— Jane Doe (@janedoe) May 2, 2024", "pic.twitter.com/…"): not a statement. */
const EMBED_CREDIT = /^[\u2014\u2013-]+\s*[^.!?]*\(@\w+\)|pic\.twitter\.com\/\w+\s*$/u;
const within = (outer: Span, inner: Span) => inner.documentId === outer.documentId && overlaps(outer, inner);

/** Content-word stems of a stretch of text (function words and one-letter tokens dropped). */
export function contentTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) if (t.text.length > 1 && !isFunctionWord(t.norm)) out.add(stemWord(t.text));
  return out;
}

/** What extract found in one document, indexed for quick lookup by span. */
interface DocFacts {
  mentions: { entityId: string; span: Span; type: string }[];
  quotes: Quote[];
  numbers: Extraction['numbers'];
  times: Extraction['times'];
}

/**
 * The extraction's mentions, quotes, numbers and times split by document, each list in extraction order
 * (what filtering the whole lists per document, or per claim, gave: that was documents × facts in a big story).
 * Kept per extraction object, and rebuilt if any of its lists was replaced or grew.
 */
const BY_DOC = new WeakMap<Extraction, { lists: unknown[]; lengths: number[]; byDoc: Map<string, DocFacts> }>();

function factsByDoc(extraction: Extraction): Map<string, DocFacts> {
  const lists = [extraction.entities, extraction.quotes, extraction.numbers, extraction.times];
  const lengths = lists.map((l) => l.length);
  const cached = BY_DOC.get(extraction);
  if (cached && cached.lists.every((l, i) => l === lists[i]) && cached.lengths.every((n, i) => n === lengths[i])) return cached.byDoc;
  const byDoc = new Map<string, DocFacts>();
  const of = (id: string) => byDoc.get(id) ?? byDoc.set(id, { mentions: [], quotes: [], numbers: [], times: [] }).get(id)!;
  for (const e of extraction.entities) for (const m of e.mentions) of(m.documentId).mentions.push({ entityId: e.id, span: m, type: e.type });
  for (const q of extraction.quotes) of(q.span.documentId).quotes.push(q);
  for (const n of extraction.numbers) of(n.span.documentId).numbers.push(n);
  for (const t of extraction.times) of(t.span.documentId).times.push(t);
  BY_DOC.set(extraction, { lists, lengths, byDoc });
  return byDoc;
}

function factsOf(doc: Article, extraction: Extraction): DocFacts {
  const f = factsByDoc(extraction).get(doc.id);
  if (!f) return { mentions: [], quotes: [], numbers: [], times: [] };
  return { ...f, mentions: [...f.mentions].sort((a, b) => a.span.start - b.span.start) };
}

function numbersIn(doc: Article, span: Span, facts: DocFacts, opts: CompareOptions): NumberSlot[] {
  return facts.numbers.filter((n) => within(span, n.span)).map((n) => {
    const before = doc.text.slice(Math.max(span.start, n.span.start - 24), n.span.start);
    const b = numberBounds(n.value, before, opts.approximateMargin);
    const written = (b.hedge ? b.hedge + ' ' : '') + doc.text.slice(n.span.start, n.span.end);
    return { value: n.value, unit: n.unit, what: n.what, span: n.span, low: b.low, high: b.high, written };
  });
}

/** "the mid-2020s" resolved to the whole decade: narrowed to the part of it the words name. */
function narrowed(t: Extraction['times'][number]): Partial<DateSlot> {
  const part = decadePart(t.text);
  if (!part || !t.earliest || !t.latest || part.earliest < t.earliest || part.latest > t.latest) return {};
  return part;
}

function datesIn(span: Span, facts: DocFacts): DateSlot[] {
  return facts.times
    .filter((t) => t.kind === 'date' && within(span, t.span))
    .map((t) => ({ value: t.value, earliest: t.earliest, latest: t.latest, text: t.text, span: t.span, ...narrowed(t) }));
}

/** The object of the verb ending at `from`: an entity mentioned next, else up to five words before a comma or preposition. */
function objectAfter(doc: Article, from: number, to: number, mentions: DocFacts['mentions']): string | null {
  const m = mentions.find((x) => x.span.start >= from);
  const rest = doc.text.slice(from, to);
  const phrase = OBJECT_PHRASE.exec(rest)?.[1]?.trim() ?? null;
  if (m && (!phrase || m.span.start <= from + rest.indexOf(phrase) + 1)) return m.entityId;
  return phrase || null;
}

/** One claim from one clause. */
function toClaim(doc: Article, index: string, position: number, span: Span, facts: DocFacts, opts: CompareOptions): ClaimUnit {
  const text = doc.text.slice(span.start, span.end);
  const tokens = tokenize(text, span.start);
  const mentions = facts.mentions.filter((m) => within(span, m.span));
  const verbAt = findPredicate(tokens);
  const verb = verbAt >= 0 ? tokens[verbAt]! : null;
  // The actor precedes the verb and is not cut off from it by a dateline ("CITY, Country (Agency) - ").
  const actorMention = verb ? mentions.find((m) => m.span.end <= verb.start && !DATELINE_GAP.test(doc.text.slice(m.span.end, verb.start))) : undefined;
  const quotes = facts.quotes.filter((q) => within(span, q.span));
  // What the claim states, without who it is attributed to: the keys alignment compares.
  const zones = attributionZones(text).map(([s, e]) => [span.start + s, span.start + e] as const);
  const stated = mentions.filter((m) => !zones.some(([s, e]) => m.span.start >= s && m.span.end <= e));
  const placeMention = mentions.find((m) => (m.type === 'place' || m.type === 'country') && /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, m.span.start - 8), m.span.start)));
  return {
    key: index,
    documentId: doc.id,
    position,
    span,
    text,
    terms: contentTerms(text),
    keyTerms: zones.length ? contentTerms(withoutAttribution(text)) : undefined,
    entityIds: [...new Set(mentions.map((m) => m.entityId))],
    keyEntityIds: zones.length ? [...new Set(stated.map((m) => m.entityId))] : undefined,
    numbers: numbersIn(doc, span, facts, opts),
    dates: datesIn(span, facts),
    quotes,
    actor: actorMention?.entityId ?? null,
    action: verb ? stemWord(verb.text) : null,
    object: verb ? objectAfter(doc, verb.end, span.end, mentions) : null,
    actionSpan: verb ? { documentId: doc.id, start: verb.start, end: verb.end } : null,
    attribution: quotes.find((q) => q.speakerId ?? q.speaker)?.speakerId ?? quotes.find((q) => q.speaker)?.speaker ?? null,
    place: placeMention?.entityId ?? null,
  };
}

/**
 * Every claim of a document's body, in reading order: paragraphs → sentences → clauses.
 * Lines too short to be a statement (headings, link lines) are skipped.
 */
export function findClaims(doc: Article, docIndex: number, extraction: Extraction, opts: CompareOptions): ClaimUnit[] {
  const facts = factsOf(doc, extraction);
  const out: ClaimUnit[] = [];
  for (const para of doc.paragraphs) {
    for (const sentence of splitSentences(doc.text, para.start, para.end)) {
      for (const clause of splitClauses(doc.text, sentence, opts.minClauseWords)) {
        const span: Span = { documentId: doc.id, start: clause.start, end: clause.end };
        const claim = toClaim(doc, `${docIndex}:${out.length}`, out.length, span, facts, opts);
        if (claim.terms.size >= opts.minClaimWords && !EMBED_CREDIT.test(claim.text)) out.push(claim);
      }
    }
  }
  return out;
}
