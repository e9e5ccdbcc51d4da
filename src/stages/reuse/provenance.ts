/** @module reuse/provenance — documents joined by substantial reuse or a shared wire credit, with each group's original. */
import type { Article, Provenance } from '../../core/index.ts';
import { UnionFind } from '../../lib/graph/union-find.ts';
import { shortHash } from '../../lib/hash/content-id.ts';
import type { ReuseOptions } from './defaults.ts';
import type { PairReuse } from './direction.ts';

export interface DirectedPair extends PairReuse {
  /** > 0: i is the original; < 0: j is; 0: unknown. */
  direction: number;
  /** The evidence score behind it (see directionScore). */
  score: number;
  passages: number;
}

/**
 * Substantial reuse: enough aligned words, making up a large enough share of BOTH documents. A short article
 * that borrows one background paragraph of a long one is mostly its own reporting: a separate source.
 */
function substantial(p: PairReuse, bodyWords: number[], opts: ReuseOptions): boolean {
  const words = Math.min(p.alignedI, p.alignedJ);
  const larger = Math.max(1, bodyWords[p.i]!, bodyWords[p.j]!);
  return words >= opts.groupMinWords && words / larger >= opts.groupMinShare;
}

const sharesWire = (a: Article, b: Article) => a.wire.some((w) => b.wire.some((x) => x.toLowerCase() === w.toLowerCase()));

/**
 * The member with the most evidence of being the source: each pair's raw direction score is credited to one side
 * and debited from the other, so a copy of a copy (source of one, copy of another) scores below the original;
 * a member shown to be a copy by any one pair is never the original.
 * Null when no member has evidence of at least `minScore`.
 */
function originalOf(members: number[], pairs: DirectedPair[], minScore: number): number | null {
  if (members.length === 1) return members[0]!;
  const total = new Map<number, number>();
  const copied = new Set<number>();
  for (const p of pairs) {
    total.set(p.i, (total.get(p.i) ?? 0) + p.score);
    total.set(p.j, (total.get(p.j) ?? 0) - p.score);
    if (p.direction !== 0) copied.add(p.direction > 0 ? p.j : p.i);
  }
  let best: number | null = null;
  for (const m of members) {
    if (copied.has(m) || (total.get(m) ?? 0) < minScore) continue;
    if (best === null || total.get(m)! > total.get(best)!) best = m;
  }
  return best;
}

function wireOf(members: number[], docs: Article[]): string | null {
  const counts = new Map<string, number>();
  for (const m of members) for (const w of docs[m]!.wire) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
}

/**
 * Provenance groups (every document in exactly one) and whole-document duplicates. Two documents join when their
 * reuse is substantial, or when they credit the same agency and share at least a couple of sentences of its copy.
 */
export function buildProvenance(
  docs: Article[], bodyWords: number[], pairs: DirectedPair[], dups: { i: number; j: number; similarity: number }[], opts: ReuseOptions,
): Provenance {
  const uf = new UnionFind<number>();
  for (const p of pairs) {
    const wireCopy = Math.min(p.alignedI, p.alignedJ) >= opts.groupMinWords && sharesWire(docs[p.i]!, docs[p.j]!);
    if (substantial(p, bodyWords, opts) || wireCopy) uf.union(p.i, p.j);
  }
  for (const d of dups) uf.union(d.i, d.j);
  // Pairs touching each group (a document others borrow from is evidence too), so finding originals stays linear.
  const pairsByRoot = new Map<number, DirectedPair[]>();
  const file = (root: number, p: DirectedPair) => { const list = pairsByRoot.get(root); if (list) list.push(p); else pairsByRoot.set(root, [p]); };
  for (const p of pairs) {
    const ri = uf.find(p.i);
    const rj = uf.find(p.j);
    file(ri, p);
    if (rj !== ri) file(rj, p);
  }
  const members = new Map<number, number[]>();
  for (let d = 0; d < docs.length; d++) {
    const root = uf.find(d);
    const list = members.get(root);
    if (list) list.push(d);
    else members.set(root, [d]);
  }
  const groups = [...members.values()].map((members) => {
    const ids = members.map((m) => docs[m]!.id);
    const original = originalOf(members, pairsByRoot.get(uf.find(members[0]!)) ?? [], opts.directionMinScore);
    return {
      id: members.length === 1 ? ids[0]! : `prov-${shortHash([...ids].sort().join(' '))}`,
      documentIds: ids,
      originalId: original === null ? null : docs[original]!.id,
      wire: wireOf(members, docs),
    };
  });
  const directionOf = new Map(pairs.map((p) => [p.i * docs.length + p.j, p.direction]));
  const duplicates = dups.map((d) => {
    // The copy is the later one when the direction is known; else the later in input order.
    const dir = directionOf.get(d.i * docs.length + d.j) ?? 0;
    const [orig, copy] = dir < 0 ? [d.j, d.i] : [d.i, d.j];
    return { documentId: docs[copy]!.id, duplicateOf: docs[orig]!.id, similarity: Math.round(d.similarity * 1000) / 1000 };
  });
  return { groups, duplicates };
}
