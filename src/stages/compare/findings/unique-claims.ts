/** @module unique-claims — what only one independent source reports. */
import type { Comparison, Span } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import type { ClaimUnit } from '../claims/claim-unit.ts';
import { countSources } from '../../../lib/provenance-index.ts';
import { overlapsAny } from './span-lookup.ts';
import { claimFeatures, featureWeights } from '../align/claim-features.ts';

type Unique = Comparison['unique'][number];

/** A claim that ends like a statement (not a question, credit line, caption or link text). */
const STATEMENT_END = /[.!]["'\u201D\u2019)]?$|["\u201D]$/;
/** A sentence wholly in brackets is the writer's aside, not a report. */
const ASIDE = /^\(.*\)[.!]?$|^\(.*[.!]\)$/s;

/** How much a claim says on its own: named things, numbers and dates weigh most; the lede weighs more. */
export function informativeness(c: ClaimUnit): number {
  // Figures written in digits count even when no number was extracted for them.
  const digits = c.numbers.length === 0 && /\d/.test(c.text) ? 1.5 : 0;
  return c.entityIds.length + 2 * c.numbers.length + digits + 1.5 * c.dates.length + 0.25 * c.terms.size + 3 / (1 + c.position);
}

/**
 * How much of a claim no other source mentions anywhere: the share of its keys (content words,
 * entities, numbers, dates; rare ones weigh more) absent from every claim of the other provenance
 * groups. A claim built from words the other sources also use ("NASA's Galileo probe found …" when
 * another outlet tells of Galileo too) is likely told there in other words; a figure or a name only
 * this source has is what only it reports.
 */
export function noveltyOf(ctx: CompareContext): (c: ClaimUnit) => number {
  const feats = new Map(ctx.claims.map((c) => [c.key, claimFeatures(c)]));
  const weights = featureWeights([...feats.values()]);
  const groupsWith = new Map<string, Set<string>>();
  for (const c of ctx.claims) {
    const g = ctx.groupOf.get(c.documentId)!;
    for (const k of feats.get(c.key)!) (groupsWith.get(k) ?? groupsWith.set(k, new Set()).get(k)!).add(g);
  }
  return (c) => {
    const g = ctx.groupOf.get(c.documentId)!;
    let all = 0, own = 0;
    for (const k of feats.get(c.key)!) {
      const w = weights.get(k) ?? 0;
      all += w;
      if (groupsWith.get(k)!.size === 1 && groupsWith.get(k)!.has(g)) own += w;
    }
    return all > 0 ? own / all : 0;
  };
}

/**
 * Clusters held by one provenance group only (a claim no other source makes, possibly re-run by
 * outlets copying the same wire). Listed per source, most informative first, at most
 * `maxUniquePerDocument` each. Only stories with two or more sources have unique claims; a claim
 * holding a side of a conflict (`disputed`) is not one.
 */
export function findUniqueClaims(ctx: CompareContext, disputed: readonly Span[] = []): Unique[] {
  // A side of a conflict is reported by another source too, only differently: not unique.
  const inDisputed = overlapsAny(disputed);
  const isDisputed = (c: ClaimUnit) => inDisputed(c.span);
  const order = new Map(ctx.documents.map((d, i) => [d.id, i]));
  const docRank = (c: ClaimUnit) => order.get(c.documentId) ?? 0;
  if (countSources(ctx.documents.map((d) => d.id), ctx.groupOf) < 2) return [];
  // How close each claim comes to another source's claim: a near miss is less surely unique, so it ranks lower.
  const nearest = new Map<string, number>();
  for (const p of ctx.alignment.pairs) {
    if (ctx.groupOf.get(p.a.documentId) === ctx.groupOf.get(p.b.documentId)) continue;
    nearest.set(p.a.key, Math.max(nearest.get(p.a.key) ?? 0, p.similarity));
    nearest.set(p.b.key, Math.max(nearest.get(p.b.key) ?? 0, p.similarity));
  }
  const novel = noveltyOf(ctx);
  const bySource = new Map<string, { c: ClaimUnit; cl: ClaimUnit[] }[]>();
  for (const cl of ctx.alignment.clusters) {
    if (countSources(cl.map((c) => c.documentId), ctx.groupOf) !== 1) continue;
    const c = [...cl].sort((x, y) => docRank(x) - docRank(y) || x.position - y.position)[0]!;
    const after = ctx.byId.get(c.documentId)!.text.slice(c.span.end, c.span.end + 1);
    if (c.terms.size < ctx.opts.minUniqueWords || !(STATEMENT_END.test(c.text) || /[;,]/.test(after)) || ASIDE.test(c.text.trim()) || cl.some(isDisputed)) continue;
    const g = ctx.groupOf.get(c.documentId)!;
    (bySource.get(g) ?? bySource.set(g, []).get(g)!).push({ c, cl });
  }
  const out: Unique[] = [];
  for (const items of bySource.values()) {
    // Novelty squared: a claim mostly made of words other sources also use sinks well below one that is mostly new.
    const rank = (c: ClaimUnit) => informativeness(c) * (1 - (nearest.get(c.key) ?? 0)) * novel(c) ** 2;
    const ranks = new Map(items.map(({ c }) => [c, rank(c)])); // once per claim, not per comparison
    items.sort((x, y) => ranks.get(y.c)! - ranks.get(x.c)!);
    for (const { c, cl } of items.slice(0, ctx.opts.maxUniquePerDocument)) {
      out.push({ documentId: c.documentId, claim: c.text, evidence: cl.map((m) => m.span) });
    }
  }
  return out;
}
