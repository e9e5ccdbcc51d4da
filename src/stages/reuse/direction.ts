/** @module reuse/direction — which of two documents sharing text is the original: dates, agency outlets, containment. */
import type { Article } from '../../core/index.ts';
import type { ReuseOptions } from './defaults.ts';

/** What two documents share: aligned words on each side. */
export interface PairReuse {
  i: number;
  j: number;
  /** Words of i (and of j) spanned by aligned passages. */
  alignedI: number;
  alignedJ: number;
}

/** Evidence that a doc's publication (interval) ends before another's begins. Dates are ISO strings, so they compare as text. */
function dateScore(a: Article, b: Article): number {
  const pa = a.published;
  const pb = b.published;
  if (pa.latest && pb.earliest && pa.latest < pb.earliest) return 2;
  if (pb.latest && pa.earliest && pb.latest < pa.earliest) return -2;
  if (pa.date && pb.date && pa.date !== pb.date) {
    const weight = Math.min(pa.confidence, pb.confidence);
    return (pa.date < pb.date ? 1 : -1) * weight;
  }
  return 0;
}

/** +2 when a is published by an agency (or by the agency b credits): agencies originate, outlets re-run. */
function agencyScore(a: Article, b: Article, agencies: Set<string>): number {
  return (isSource(a, b, agencies) ? 2 : 0) - (isSource(b, a, agencies) ? 2 : 0);
}

/** x is an agency, or the agency y credits. (Not a closure: under tsx a named closure costs a __name call per pair.) */
function isSource(x: Article, y: Article, agencies: Set<string>): boolean {
  const outlet = x.outlet?.toLowerCase().trim();
  if (!outlet) return false;
  return agencies.has(outlet) || y.wire.some((w) => w.toLowerCase() === outlet);
}

/**
 * Score > 0: i is the original (i → j); < 0: j is. Dates decide when the intervals do not overlap; an agency
 * outlet is the source of its clients; otherwise the more contained document (the larger share of its body
 * found in the other: a trimmed copy) is taken as the copy.
 */
export function directionScore(docs: Article[], bodyWords: number[], pair: PairReuse, opts: ReuseOptions, agencies: Set<string>): number {
  const a = docs[pair.i]!;
  const b = docs[pair.j]!;
  const covI = pair.alignedI / Math.max(1, bodyWords[pair.i]!);
  const covJ = pair.alignedJ / Math.max(1, bodyWords[pair.j]!);
  return dateScore(a, b) + agencyScore(a, b, agencies) + opts.containmentWeight * (covJ - covI);
}
