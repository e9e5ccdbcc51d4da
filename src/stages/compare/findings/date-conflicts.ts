/** @module date-conflicts — the same event dated differently by different sources. */
import type { Comparison } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import type { DateSlot } from '../claims/claim-unit.ts';

type Conflict = Comparison['conflicts'][number];

/** Two resolved dates that cannot be the same day (their intervals do not meet). */
export function datesDisagree(x: DateSlot, y: DateSlot): boolean {
  if (!x.earliest || !x.latest || !y.earliest || !y.latest) return false;
  return x.latest < y.earliest || y.latest < x.earliest;
}

/** Within each aligned claim (one event), dates from different sources that cannot coincide. */
export function findDateConflicts(ctx: CompareContext): Conflict[] {
  const out: Conflict[] = [];
  for (const p of ctx.alignment.pairs) {
    if (p.similarity < ctx.opts.alignThreshold) break;
    if (ctx.groupOf.get(p.a.documentId) === ctx.groupOf.get(p.b.documentId)) continue;
    const x = p.a.dates.find((d) => p.b.dates.length > 0 && p.b.dates.every((e) => datesDisagree(d, e)));
    const y = x && p.b.dates.find((e) => p.a.dates.every((d) => datesDisagree(d, e)));
    if (!x || !y) continue;
    out.push({
      topic: 'date',
      values: [
        { value: x.value ?? x.text, evidence: [x.span, p.a.span] },
        { value: y.value ?? y.text, evidence: [y.span, p.b.span] },
      ],
    });
  }
  return out;
}
