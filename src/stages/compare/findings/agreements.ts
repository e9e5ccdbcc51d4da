/** @module agreements — claims that several independent sources make, with how many. */
import type { Comparison, Span } from '../../../core/index.ts';
import { overlaps } from '../../../lib/span.ts';
import type { CompareContext } from '../compare-context.ts';
import type { ClaimUnit } from '../claims/claim-unit.ts';
import { countSources } from '../../../lib/provenance-index.ts';

type Agreement = Comparison['agreements'][number];

/** The member most like the others (highest summed similarity), shorter on ties: the cluster's wording. */
export function representative(cluster: readonly ClaimUnit[], ctx: CompareContext): ClaimUnit {
  const score = new Map<string, number>();
  for (const p of ctx.alignment.pairs) {
    if (!cluster.includes(p.a) || !cluster.includes(p.b)) continue;
    score.set(p.a.key, (score.get(p.a.key) ?? 0) + p.similarity);
    score.set(p.b.key, (score.get(p.b.key) ?? 0) + p.similarity);
  }
  return [...cluster].sort((x, y) => (score.get(y.key) ?? 0) - (score.get(x.key) ?? 0) || x.text.length - y.text.length)[0]!;
}

/**
 * Clusters backed by two or more provenance groups, most independent sources first, then the surest
 * and earliest (the first one says what happened). A cluster that holds a side of a conflict (`disputed` spans) is disputed, not agreed.
 */
export function findAgreements(ctx: CompareContext, disputed: readonly Span[] = []): Agreement[] {
  const isDisputed = (cl: readonly ClaimUnit[]) => cl.some((c) => disputed.some((s) => s.documentId === c.documentId && overlaps(s, c.span)));
  const groups = [...ctx.alignment.clusters, ...ctx.alignment.links.map((p) => [p.a, p.b])];
  return groups
    .map((cl) => ({ cl, sources: countSources(cl.map((c) => c.documentId), ctx.groupOf) }))
    .filter(({ cl, sources }) => sources >= 2 && !isDisputed(cl))
    .sort((x, y) => y.sources - x.sources || strength(y.cl, ctx) - strength(x.cl, ctx))
    .map(({ cl, sources }) => ({ claim: representative(cl, ctx).text, evidence: cl.map((c) => c.span), independentSources: sources }));
}

/** How surely and how prominently a cluster is one claim: its members' mean similarity, plus a little for standing early. */
function strength(cl: readonly ClaimUnit[], ctx: CompareContext): number {
  const sims = ctx.alignment.pairs.filter((p) => cl.includes(p.a) && cl.includes(p.b)).map((p) => p.similarity);
  const mean = sims.length ? sims.reduce((a, b) => a + b, 0) / sims.length : 0;
  return mean + 0.2 / (1 + Math.min(...cl.map((c) => c.position)));
}
