/**
 * @module number-conflicts — the same counted thing given different values by different sources
 * ("13 other members" vs "12 other members"). Hedges are honoured: "nearly $449,000" and
 * "$448,500" agree; "less than 10 minutes" and "15 minutes" do not.
 */
import type { Comparison } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import type { NumberSlot, ClaimUnit } from '../claims/claim-unit.ts';
import { disjoint } from '../claims/number-bounds.ts';
import { contentTerms } from '../claims/find-claims.ts';

type Conflict = Comparison['conflicts'][number];

/** Two numbers count the same thing: the same unit, and what they count shares a content word (or both are silent). */
function sameThing(x: NumberSlot, y: NumberSlot): boolean {
  if ((x.unit ?? '') !== (y.unit ?? '')) return false;
  const wx = contentTerms(x.what), wy = contentTerms(y.what);
  if (wx.size === 0 || wy.size === 0) return x.unit != null;
  return [...wx].some((w) => wy.has(w));
}

/** A value the other claim also states (in any unit) is not contradicted by it: the claims just mention more numbers. */
function statedIn(n: NumberSlot, c: ClaimUnit): boolean {
  return c.numbers.some((m) => m.value === n.value);
}

export function findNumberConflicts(ctx: CompareContext): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const p of ctx.alignment.pairs) {
    if (p.similarity < ctx.opts.topicThreshold) break;
    // Most pairs carry no number on one side: skipped before the group lookups (a big story has a million pairs).
    if (p.a.numbers.length === 0 || p.b.numbers.length === 0) continue;
    if (ctx.groupOf.get(p.a.documentId) === ctx.groupOf.get(p.b.documentId)) continue;
    for (const x of p.a.numbers) {
      for (const y of p.b.numbers) {
        if (!sameThing(x, y) || !disjoint(x, y) || statedIn(x, p.b) || statedIn(y, p.a)) continue;
        const key = [x.span.start, x.span.documentId, y.span.start, y.span.documentId].join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const topic = [x.what, y.what].sort((s, t) => s.length - t.length)[0] || x.unit || 'a number';
        out.push({ topic, values: [{ value: x.written, evidence: [p.a.span] }, { value: y.written, evidence: [p.b.span] }] });
      }
    }
  }
  return out;
}
