/** @module events/timeline — merged mention groups as Events, in time order: the story's timeline. */
import type { Entity, Event } from '../../../core/index.ts';
import { isoDay } from '../../../lib/time/calendar-day.ts';
import { stringHash32 } from '../../../lib/hash/string-hash.ts';
import { eventInterval } from './merge.ts';
import type { EventMention } from './parse.ts';

function commonest(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function summaryOf(m: EventMention, names: Map<string, string>): string {
  const actors = m.actorIds.map((id) => names.get(id) ?? id);
  const who = actors.length > 1 ? `${actors.slice(0, -1).join(', ')} and ${actors.at(-1)}` : actors[0] ?? '';
  const trigger = m.doc.text.slice(m.trigger.start, m.trigger.end);
  return [who, trigger, m.object, m.place && !m.object.includes(m.place) ? `in ${m.place}` : ''].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** One Event per group, sorted by when it happened (open ends last), then by where it is first told. */
export function toTimeline(groups: number[][], mentions: EventMention[], entities: Entity[], docOrder: Map<string, number>): Event[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const built = groups.map((group) => {
    const members = group.map((i) => mentions[i]!).sort((a, b) => (docOrder.get(a.doc.id)! - docOrder.get(b.doc.id)!) || a.trigger.start - b.trigger.start);
    const { earliest, latest } = eventInterval(members);
    const lead = members.find((m) => m.actorIds.length && m.time) ?? members.find((m) => m.actorIds.length) ?? members[0]!;
    const evidence = [...new Map(members.map((m) => [`${m.doc.id}:${m.sentence.start}`, { documentId: m.doc.id, start: m.sentence.start, end: m.sentence.end }])).values()];
    const first = members[0]!;
    const event: Event = {
      id: `event-${stringHash32(`${first.doc.id}:${first.trigger.start}:${first.type}`).toString(36)}`,
      type: commonest(members.map((m) => m.type)),
      summary: summaryOf(lead, names),
      actorIds: [...new Set(members.flatMap((m) => m.actorIds))],
      date: {
        date: earliest != null && earliest === latest ? isoDay(earliest) : null,
        earliest: earliest == null ? null : isoDay(earliest),
        latest: latest == null ? null : isoDay(latest),
      },
      evidence,
    };
    // Dated events sort by their first possible day; undated ones (known only to precede their report) by the report's day.
    const dated = members.some((m) => m.time);
    const at = dated ? earliest ?? latest : latest ?? earliest;
    return { event, key: [at ?? Infinity, latest ?? Infinity, docOrder.get(first.doc.id)!, first.trigger.start] };
  });
  built.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return built.map((b) => b.event);
}
