/**
 * @module extract/time — time expressions resolved against the document's publication date
 * (find → parse (rules) → resolve → timeline). An uncertain date (an interval) gives intervals.
 */
import type { Article, TimeExpr } from '../../../core/index.ts';
import { isoDay } from '../../../lib/time/calendar-day.ts';
import { defaultTimeOptions, type TimeOptions } from './defaults.ts';
import { findMentions } from './mentions.ts';
import { anchorDays, resolveAcross } from './timeline.ts';

export type { TimeOptions } from './defaults.ts';
export { findMentions, type Mention } from './mentions.ts';
export { anchorDays, resolveAt, resolveAcross } from './timeline.ts';
export type { Resolved } from './resolve.ts';

/** Every time expression in the document, resolved against `doc.published` (an interval when that is uncertain). */
export function findTimes(doc: Article, options: Partial<TimeOptions> = {}): TimeExpr[] {
  const opts = { ...defaultTimeOptions, ...options };
  const mentions = findMentions(doc, opts.maxLength);
  const resolved = resolveAcross(mentions, anchorDays(doc.published, opts.maxAnchorDays));
  return mentions.map((m, i) => {
    const r = resolved[i]!;
    return {
      text: doc.text.slice(m.start, m.end),
      span: { documentId: doc.id, start: m.start, end: m.end },
      kind: r.kind,
      value: r.value,
      earliest: r.earliest == null ? null : isoDay(r.earliest),
      latest: r.latest == null ? null : isoDay(r.latest),
    };
  });
}
