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

const bounded = (d: DateSlot) => d.earliest !== null && d.latest !== null;
/** A calendar date as resolved ("2023", "2024-03-01"); anything vaguer as the source wrote it ("the mid-2020s"). */
const shown = (d: DateSlot) => (d.value && /^\d{4}(?:-\d{2}){0,2}$/.test(d.value) ? d.value : d.text);

/** Within each aligned claim (one event), dates from different sources that cannot coincide. */
export function findDateConflicts(ctx: CompareContext): Conflict[] {
  const out: Conflict[] = [];
  for (const p of ctx.alignment.pairs) {
    if (p.similarity < ctx.opts.alignThreshold) break;
    // Most pairs carry no date on one side: skipped before the lookups and copies below (a big story has a million pairs).
    if (p.a.dates.length === 0 || p.b.dates.length === 0) continue;
    if (ctx.groupOf.get(p.a.documentId) === ctx.groupOf.get(p.b.documentId)) continue;
    // Open-ended dates ("the future", "in the coming years") pin nothing down: only bounded ones are compared.
    const da = p.a.dates.filter(bounded), db = p.b.dates.filter(bounded);
    const x = da.find((d) => db.length > 0 && db.every((e) => datesDisagree(d, e)));
    const y = x && db.find((e) => da.every((d) => datesDisagree(d, e)));
    if (!x || !y) continue;
    out.push({
      topic: 'date',
      values: [
        { value: shown(x), evidence: [x.span, p.a.span] },
        { value: shown(y), evidence: [y.span, p.b.span] },
      ],
    });
  }
  return out;
}
