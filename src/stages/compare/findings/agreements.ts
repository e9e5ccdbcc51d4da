/** @module agreements — claims that several independent sources make, with how many. */
import type { Comparison, Span } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import type { ClaimUnit } from '../claims/claim-unit.ts';
import type { ClaimPair } from '../align/align-claims.ts';
import { countSources } from '../../../lib/provenance-index.ts';
import { overlapsAny } from './span-lookup.ts';

type Agreement = Comparison['agreements'][number];

/** The member most like the others (highest summed similarity), shorter on ties: the cluster's wording. */
export function representative(cluster: readonly ClaimUnit[], ctx: CompareContext, inside?: readonly ClaimPair[]): ClaimUnit {
  const score = new Map<string, number>();
  for (const p of inside ?? pairsWithin([cluster], ctx.alignment.pairs)[0]!) {
    score.set(p.a.key, (score.get(p.a.key) ?? 0) + p.similarity);
    score.set(p.b.key, (score.get(p.b.key) ?? 0) + p.similarity);
  }
  return [...cluster].sort((x, y) => (score.get(y.key) ?? 0) - (score.get(x.key) ?? 0) || x.text.length - y.text.length)[0]!;
}

/**
 * For each group, the pairs with both claims in it, in `pairs` order (so sums come out as a plain
 * filter's would). One pass over the pairs: filtering them per group was groups × pairs, the bulk of a
 * big story's analysis.
 */
function pairsWithin(groups: readonly (readonly ClaimUnit[])[], pairs: readonly ClaimPair[]): ClaimPair[][] {
  const groupsOf = new Map<ClaimUnit, number[]>();
  groups.forEach((g, i) => {
    for (const c of new Set(g)) {
      const list = groupsOf.get(c);
      if (list) list.push(i);
      else groupsOf.set(c, [i]);
    }
  });
  const out: ClaimPair[][] = groups.map(() => []);
  for (const p of pairs) {
    const ga = groupsOf.get(p.a);
    const gb = ga && groupsOf.get(p.b);
    if (!gb) continue;
    for (const i of ga) if (gb.includes(i)) out[i]!.push(p);
  }
  return out;
}

/**
 * Clusters backed by two or more provenance groups, most independent sources first, then the surest
 * and earliest (the first one says what happened). A cluster that holds a side of a conflict (`disputed` spans) is disputed, not agreed.
 */
export function findAgreements(ctx: CompareContext, disputed: readonly Span[] = []): Agreement[] {
  const inDisputed = overlapsAny(disputed);
  const isDisputed = (cl: readonly ClaimUnit[]) => cl.some((c) => inDisputed(c.span));
  const groups = [...ctx.alignment.clusters, ...ctx.alignment.links.map((p) => [p.a, p.b])];
  const agreed = groups
    .map((cl) => ({ cl, sources: countSources(cl.map((c) => c.documentId), ctx.groupOf) }))
    .filter(({ cl, sources }) => sources >= 2 && !isDisputed(cl));
  const inside = pairsWithin(agreed.map((g) => g.cl), ctx.alignment.pairs);
  return agreed
    .map((g, i) => ({ ...g, inside: inside[i]!, strength: strength(g.cl, inside[i]!) }))
    .sort((x, y) => y.sources - x.sources || y.strength - x.strength)
    .map(({ cl, sources, inside }) => ({ claim: representative(cl, ctx, inside).text, evidence: cl.map((c) => c.span), independentSources: sources }));
}

/** How surely and how prominently a cluster is one claim: its members' mean similarity (over `inside`, its own pairs), plus a little for standing early. */
function strength(cl: readonly ClaimUnit[], inside: readonly ClaimPair[]): number {
  const mean = inside.length ? inside.reduce((a, p) => a + p.similarity, 0) / inside.length : 0;
  return mean + 0.2 / (1 + Math.min(...cl.map((c) => c.position)));
}
