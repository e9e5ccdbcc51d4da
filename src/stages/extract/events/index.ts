/**
 * @module extract/events — typed events merged across documents: the story's timeline
 * (find triggers → parse actors, place, date → merge across documents → refine uncertain publication dates → timeline).
 */
import type { Article, Entity, Event, Published, Quote, TimeExpr } from '../../../core/index.ts';
import { parseIsoDay } from '../../../lib/time/calendar-day.ts';
import { findTimes } from '../time/index.ts';
import { defaultEventOptions, type EventOptions } from './defaults.ts';
import { findTriggers, type TriggerHit } from './find.ts';
import { assignTimes, indexEntityMentions, parseMention, type EntityMentionIndex, type EventMention } from './parse.ts';
import { mergeMentions } from './merge.ts';
import { refinePublished } from './refine.ts';
import { toTimeline } from './timeline.ts';

export type { EventOptions } from './defaults.ts';

export interface EventInput {
  entities: Entity[];
  times: TimeExpr[];
  quotes: Quote[];
}

export interface EventResult {
  /** In time order, each real event once. */
  events: Event[];
  /** Publication intervals narrowed by events dated in other documents. */
  publishedRefinements: Record<string, Published>;
}

/** Event mentions of one document from its triggers; undated ones fall back to the days before its publication date. */
function mentionsOf(doc: Article, hits: TriggerHit[], times: TimeExpr[], input: EventInput, entityMentions: Map<string, EntityMentionIndex[]>, opts: EventOptions): EventMention[] {
  const dated = assignTimes(doc.text, hits, times);
  const entityIndex = entityMentions.get(doc.id) ?? [];
  const pubLo = parseIsoDay(doc.published.earliest ?? doc.published.date);
  const pubHi = parseIsoDay(doc.published.latest ?? doc.published.date);
  const out: EventMention[] = [];
  for (const hit of hits) {
    const m = parseMention(doc, hit, dated.get(hit) ?? null, entityIndex, opts.objectWords);
    if (!m) continue;
    // Who spoke is the statement's actor, when the quotes stage found the speaker of this sentence's cue.
    if (m.type === 'statement' || !m.actorIds.length) {
      const speaker = input.quotes.find((q) => q.speakerId && q.cueSpan && q.cueSpan.documentId === doc.id && q.cueSpan.start >= hit.sentence.start && q.cueSpan.end <= hit.sentence.end);
      if (speaker?.speakerId) m.actorIds = [speaker.speakerId];
    }
    if (!m.time) {
      m.earliest = pubLo == null ? null : pubLo - opts.undatedLagDays;
      m.latest = pubHi;
    }
    out.push(m);
  }
  return out;
}

export function buildEvents(docs: Article[], input: EventInput, options: Partial<EventOptions> = {}): EventResult {
  const opts = { ...defaultEventOptions, ...options };
  const timesOf = (doc: Article) => input.times.filter((t) => t.span.documentId === doc.id);
  const entityMentions = indexEntityMentions(input.entities);
  // Triggers do not depend on the publication date: read once, also for a document re-read after narrowing.
  const triggers = docs.map(findTriggers);
  const perDoc = docs.map((d, i) => mentionsOf(d, triggers[i]!, timesOf(d), input, entityMentions, opts));
  let mentions = perDoc.flat();
  let groups = mergeMentions(mentions, opts.mergeWordOverlap);
  const publishedRefinements = refinePublished(docs, mentions, groups, opts);
  if (Object.keys(publishedRefinements).length) {
    // Re-read the refined documents' times against their narrowed dates, then merge again (the others' mentions
    // are as before: nothing downstream changes them).
    mentions = docs.flatMap((d, i) => {
      const refined = publishedRefinements[d.id];
      return refined ? mentionsOf({ ...d, published: refined }, triggers[i]!, findTimes({ ...d, published: refined }), input, entityMentions, opts) : perDoc[i]!;
    });
    groups = mergeMentions(mentions, opts.mergeWordOverlap);
  }
  const events = toTimeline(groups, mentions, input.entities, new Map(docs.map((d, i) => [d.id, i])));
  return { events, publishedRefinements };
}
