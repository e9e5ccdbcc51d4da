/**
 * @module align-claims — the same claim across documents, by meaning rather than wording:
 * claims are compared on shared rare words, entities, numbers and dates (weighted cosine),
 * and linked greedily, best pair first, so that a cluster holds at most one claim per document.
 */
import type { ClaimUnit } from '../claims/claim-unit.ts';
import { claimFeatures, featureWeights } from './claim-features.ts';

export interface ClaimPair {
  a: ClaimUnit;
  b: ClaimUnit;
  similarity: number;
}

/** Extra conditions on a pair (see CompareOptions for what each means). */
export interface PairRules {
  minRareShared: number;
  rareShare: number;
  ledeBonus: number;
  ledeClaims: number;
}
const NO_RULES: PairRules = { minRareShared: 0, rareShare: 1, ledeBonus: 0, ledeClaims: 0 };

export interface Alignment {
  /** Claims grouped as the same claim; singletons included. */
  clusters: ClaimUnit[][];
  /** Every cross-document pair at or above the topic threshold, best first. */
  pairs: ClaimPair[];
}

/**
 * All cross-document claim pairs with similarity ≥ `floor` that share at least `minRareShared` keys
 * held by no more than `rareShare` of all claims (the story's own topic words alone do not make two
 * claims the same). An inverted index keeps unrelated pairs free.
 */
export function similarPairs(claims: readonly ClaimUnit[], floor: number, rules: PairRules = NO_RULES): ClaimPair[] {
  const { minRareShared, rareShare, ledeBonus, ledeClaims } = rules;
  const feats = claims.map(claimFeatures);
  const weights = featureWeights(feats);
  const norms = feats.map((fs) => Math.sqrt([...fs].reduce((s, k) => s + weights.get(k)!, 0)));
  const index = new Map<string, number[]>();
  feats.forEach((fs, i) => fs.forEach((k) => (index.get(k) ?? index.set(k, []).get(k)!).push(i)));
  const shared = new Map<number, number>();
  const rare = new Map<number, number>();
  const n = claims.length;
  // A key each document holds once is what an aligned claim looks like, so "rare" never means fewer than one per document.
  const rareLimit = Math.max(new Set(claims.map((c) => c.documentId)).size, rareShare * n);
  for (const [k, ids] of index) {
    if (ids.length < 2) continue;
    const w = weights.get(k)!;
    const isRare = ids.length <= rareLimit;
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const i = ids[x]!, j = ids[y]!;
        if (claims[i]!.documentId === claims[j]!.documentId) continue;
        const key = i * n + j;
        shared.set(key, (shared.get(key) ?? 0) + w);
        if (isRare) rare.set(key, (rare.get(key) ?? 0) + 1);
      }
    }
  }
  const out: ClaimPair[] = [];
  for (const [key, s] of shared) {
    const i = Math.floor(key / n), j = key % n;
    // Ledes of news copy state the same core event in the story's own topic words: two ledes get a bonus and need no rare key.
    const lede = claims[i]!.position < ledeClaims && claims[j]!.position < ledeClaims;
    const sim = s / (norms[i]! * norms[j]!) + (lede ? ledeBonus : 0);
    if (sim >= floor && (rare.get(key) ?? 0) >= (lede ? 0 : minRareShared)) out.push({ a: claims[i]!, b: claims[j]!, similarity: Math.min(1, sim) });
  }
  return out.sort((p, q) => q.similarity - p.similarity || p.a.key.localeCompare(q.a.key));
}

/** Cluster claims: link the best pairs first; never put two claims of one document in one cluster. */
export function alignClaims(claims: readonly ClaimUnit[], alignThreshold: number, topicThreshold: number, rules: PairRules = NO_RULES): Alignment {
  const pairs = similarPairs(claims, Math.min(alignThreshold, topicThreshold), rules);
  const clusterOf = new Map<string, ClaimUnit[]>(claims.map((c) => [c.key, [c]]));
  for (const p of pairs) {
    if (p.similarity < alignThreshold) break;
    const ca = clusterOf.get(p.a.key)!, cb = clusterOf.get(p.b.key)!;
    if (ca === cb) continue;
    const docs = new Set(ca.map((c) => c.documentId));
    if (cb.some((c) => docs.has(c.documentId))) continue;
    ca.push(...cb);
    for (const c of cb) clusterOf.set(c.key, ca);
  }
  const clusters = [...new Set(clusterOf.values())].map((cl) => cl.sort((x, y) => x.key.localeCompare(y.key)));
  return { clusters, pairs };
}
