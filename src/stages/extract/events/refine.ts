/**
 * @module events/refine — cross-document date reconciliation. When an event reported by a document of
 * uncertain date ("on Thursday") is dated by other documents (a certain date, or an explicit one), the days the
 * first document can have been written on are those that make its expression land on that date. Among them,
 * the ones that keep the document's own weekdays closest together win (news reports the last few days).
 */
import type { Article, Published } from '../../../core/index.ts';
import { isoDay, parseIsoDay } from '../../../lib/time/calendar-day.ts';
import { findMentions, type Mention } from '../time/index.ts';
import { defaultTimeOptions } from '../time/defaults.ts';
import { resolveSpec } from '../time/resolve.ts';
import type { EventOptions } from './defaults.ts';
import type { EventMention } from './parse.ts';

interface Basis { mention: EventMention; other: EventMention; lo: number; hi: number }

/** The expression changes with the anchor (a weekday, "yesterday", "last month"), so it can say when the document was written. */
const relative = (m: Mention) => m.spec.k === 'weekday' || m.spec.k === 'rel' || (m.spec.k === 'offset' && m.spec.from === 'anchor')
  || (m.spec.k === 'date' && m.spec.year == null);

/** Refined publication estimates for documents whose date is uncertain, by document id. */
export function refinePublished(docs: Article[], mentions: EventMention[], groups: number[][], opts: EventOptions): Record<string, Published> {
  const out: Record<string, Published> = {};
  for (const doc of docs) {
    if (doc.published.date != null) continue;
    const timeMentions = findMentions(doc, defaultTimeOptions.maxLength);
    const byStart = new Map(timeMentions.map((m, i) => [m.start, i]));
    let candidates: Set<number> | null = null;
    const bases: Basis[] = [];
    for (const group of groups) {
      const members = group.map((i) => mentions[i]!);
      const own = members.filter((m) => m.doc.id === doc.id && m.time && relative(timeMentions[byStart.get(m.time.span.start) ?? -1] ?? ({ spec: { k: 'ref' } } as Mention)));
      const others = members.filter((m) => m.doc.id !== doc.id && m.reliable && m.earliest != null && m.latest != null);
      if (!own.length || !others.length) continue;
      const lo = Math.max(...others.map((m) => m.earliest!));
      const hi = Math.min(...others.map((m) => m.latest!));
      if (lo > hi) continue;
      for (const m of own) {
        const index = byStart.get(m.time!.span.start)!;
        const fits = new Set<number>();
        const from = Math.max(lo - opts.maxReportLagDays, parseIsoDay(doc.published.earliest) ?? -Infinity);
        const to = Math.min(hi + 62, parseIsoDay(doc.published.latest) ?? Infinity, from + opts.maxCandidateDays);
        for (let p = from; p <= to; p++) {
          const tm = timeMentions[index]!;
          const r = resolveSpec(tm.spec, { anchor: p, tense: tm.tense, reference: null, quarter: null });
          if (r.earliest != null && r.latest != null && r.earliest <= hi && lo <= r.latest && p - r.latest <= 62) fits.add(p);
        }
        // Evidence that contradicts what is already known (no day fits both) is set aside, not allowed to empty the answer.
        const previous: Set<number> | null = candidates;
        const next: Set<number> = previous == null ? fits : new Set<number>(Array.from(previous as Set<number>).filter((p: number) => fits.has(p)));
        if (!next.size) continue;
        candidates = next;
        bases.push({ mention: m, other: others[0]!, lo, hi });
      }
    }
    if (!candidates || !candidates.size) continue;
    const kept = mostCompact([...candidates].sort((a, b) => a - b), timeMentions);
    const lo = kept[0]!;
    const hi = kept.at(-1)!;
    const b = bases.reduce((x, y) => (y.hi - y.lo < x.hi - x.lo ? y : x));
    const quote = (m: EventMention) => m.doc.text.slice(m.sentence.start, m.sentence.end).slice(0, 140);
    out[doc.id] = {
      date: lo === hi ? isoDay(lo) : null,
      earliest: isoDay(lo),
      latest: isoDay(hi),
      confidence: hi - lo <= 7 ? 0.6 : 0.4,
      basis: `Narrowed by another source: "${quote(b.mention)}" puts the ${b.mention.type} on ${b.mention.time!.text}, and ${b.other.doc.title ?? b.other.doc.path} dates it ${isoDay(b.lo)}${b.hi !== b.lo ? `–${isoDay(b.hi)}` : ''} ("${quote(b.other)}"); so this was written between ${isoDay(lo)} and ${isoDay(hi)}.`,
    };
  }
  return out;
}

/** The candidate days that keep the document's day-precise relative expressions (weekdays, "yesterday") closest together. */
function mostCompact(days: number[], timeMentions: Mention[]): number[] {
  const daily = timeMentions.map((m, i) => [m, i] as const).filter(([m]) => (m.spec.k === 'weekday' && m.spec.shift === 'auto') || (m.spec.k === 'rel' && m.spec.grain === 'day'));
  if (daily.length < 2) return days;
  const spread = days.map((p) => {
    const ds = daily.map(([m]) => resolveSpec(m.spec, { anchor: p, tense: m.tense, reference: null, quarter: null }).earliest).filter((d): d is number => d != null);
    return Math.max(...ds) - Math.min(...ds);
  });
  const best = Math.min(...spread);
  return days.filter((_, i) => spread[i] === best);
}
