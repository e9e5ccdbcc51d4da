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
  /** The rare keys (see PairRules.rareShare) the two claims share. */
  rare: string[];
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
  /**
   * Pairs at or above the alignment threshold whose claims ended in different clusters because each
   * cluster already held a claim of the other's document: one long sentence that states two facts
   * another source states in two sentences agrees with both.
   */
  links: ClaimPair[];
  /** Every cross-document pair at or above the topic threshold, best first. */
  pairs: ClaimPair[];
}

/**
 * All cross-document claim pairs with similarity ≥ `floor` that share at least `minRareShared` keys
 * held by no more than `rareShare` of all claims (the story's own topic words alone do not make two
 * claims the same). An inverted index keeps unrelated pairs free.
 */
/** Keys held by more claims than this only add weight to pairs found through rarer keys. */
const MAX_POSTING = 1000;
/** Candidate pairs kept at most (rarest keys first): a bound on memory for stories of thousands of documents. */
const MAX_CANDIDATE_PAIRS = 4_000_000;
/** Lede claims paired regardless of shared keys, up to this many. */
const MAX_LEDES = 2000;
/** Claims up to which pairs seen are kept as an n × n bit set (32 MB at most) rather than a Set. */
const MAX_BITSET_CLAIMS = 16_384;

/**
 * Candidate pair keys in first-seen order, each once, at most MAX_CANDIDATE_PAIRS. A bit set (for up to
 * MAX_BITSET_CLAIMS claims) is several times faster and smaller than a Set of millions of numbers.
 */
export function candidateList(n: number, maxPairs = MAX_CANDIDATE_PAIRS, maxBitsetClaims = MAX_BITSET_CLAIMS): { keys: number[]; add(key: number): void } {
  const keys: number[] = [];
  if (n > maxBitsetClaims) {
    const seen = new Set<number>();
    return { keys, add(key) { if (keys.length < maxPairs && !seen.has(key)) { seen.add(key); keys.push(key); } } };
  }
  const bits = new Uint8Array(Math.ceil((n * n) / 8));
  return {
    keys,
    add(key) {
      const byte = key >>> 3, bit = 1 << (key & 7);
      if (bits[byte]! & bit || keys.length >= maxPairs) return;
      bits[byte]! |= bit;
      keys.push(key);
    },
  };
}

export function similarPairs(claims: readonly ClaimUnit[], floor: number, rules: PairRules = NO_RULES): ClaimPair[] {
  const { minRareShared, rareShare, ledeBonus, ledeClaims } = rules;
  const feats = claims.map(claimFeatures);
  const weights = featureWeights(feats);
  const norms = feats.map((fs) => Math.sqrt([...fs].reduce((s, k) => s + weights.get(k)!, 0)));
  const index = new Map<string, number[]>();
  feats.forEach((fs, i) => fs.forEach((k) => (index.get(k) ?? index.set(k, []).get(k)!).push(i)));
  const n = claims.length;
  // A key each document holds once is what an aligned claim looks like, so "rare" never means fewer than one per document.
  const rareLimit = Math.max(new Set(claims.map((c) => c.documentId)).size, rareShare * n);
  // Candidates come from the rarest keys first. A key held by very many claims pairs them all (quadratic) while
  // weighing almost nothing, so it only adds to pairs found otherwise; a budget caps pairs in a huge story.
  const maxPosting = Math.max(MAX_POSTING, rareLimit);
  const candidates = candidateList(n);
  const addPair = (a: number, b: number) => {
    if (claims[a]!.documentId === claims[b]!.documentId) return;
    candidates.add(a < b ? a * n + b : b * n + a);
  };
  const postings = [...index.values()].filter((ids) => ids.length >= 2 && ids.length <= maxPosting).sort((a, b) => a.length - b.length);
  for (const ids of postings) for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) addPair(ids[x]!, ids[y]!);
  // Ledes need no rare key (below), so they are candidates whatever they share.
  const ledes = claims.flatMap((c, i) => (c.position < ledeClaims ? [i] : []));
  if (ledes.length <= MAX_LEDES) for (let x = 0; x < ledes.length; x++) for (let y = x + 1; y < ledes.length; y++) addPair(ledes[x]!, ledes[y]!);
  // Scoring runs once per candidate (millions in a big story): keys as small integers, a claim's keys
  // marked in a stamp array instead of looked up in a Set of strings. Same keys, same order, same sums.
  const keyIds = new Map<string, number>();
  const keyNames: string[] = [];
  const featIds = feats.map((fs) => Int32Array.from(fs, (k) => keyIds.get(k) ?? (keyNames.push(k), keyIds.set(k, keyNames.length - 1), keyNames.length - 1)));
  const keyWeight = Float64Array.from(keyNames, (k) => weights.get(k)!);
  const keyRare = Uint8Array.from(keyNames, (k) => (index.get(k)!.length <= rareLimit ? 1 : 0));
  const stamp = new Int32Array(keyNames.length).fill(-1);
  let pairNo = 0;
  const out: ClaimPair[] = [];
  for (const key of candidates.keys) {
    const i = Math.floor(key / n), j = key % n;
    let s = 0;
    let rare: number[] | null = null;
    const [small, large] = featIds[i]!.length <= featIds[j]!.length ? [featIds[i]!, featIds[j]!] : [featIds[j]!, featIds[i]!];
    const mark = pairNo++;
    for (let x = 0; x < large.length; x++) stamp[large[x]!] = mark;
    for (let x = 0; x < small.length; x++) {
      const k = small[x]!;
      if (stamp[k] !== mark) continue;
      s += keyWeight[k]!;
      if (keyRare[k]) (rare ??= []).push(k);
    }
    if (s === 0) continue;
    const rareCount = rare?.length ?? 0;
    // Ledes of news copy state the same core event in the story's own topic words: two ledes get a bonus and need no rare key.
    const lede = claims[i]!.position < ledeClaims && claims[j]!.position < ledeClaims;
    const sim = s / (norms[i]! * norms[j]!) + (lede ? ledeBonus : 0);
    if (sim >= floor && rareCount >= (lede ? 0 : minRareShared)) out.push({ a: claims[i]!, b: claims[j]!, similarity: Math.min(1, sim), rare: rare ? rare.map((k) => keyNames[k]!) : [] });
  }
  return out.sort((p, q) => q.similarity - p.similarity || p.a.key.localeCompare(q.a.key));
}

/** Cluster claims: link the best pairs first; never put two claims of one document in one cluster. */
export function alignClaims(claims: readonly ClaimUnit[], alignThreshold: number, topicThreshold: number, rules: PairRules = NO_RULES): Alignment {
  const pairs = similarPairs(claims, Math.min(alignThreshold, topicThreshold), rules);
  const clusterOf = new Map<string, ClaimUnit[]>(claims.map((c) => [c.key, [c]]));
  // Each cluster's documents, kept as clusters merge (rebuilt per pair, they cost pairs × cluster size).
  const docsOf = new Map<ClaimUnit[], Set<string>>();
  const docsIn = (cl: ClaimUnit[]) => docsOf.get(cl) ?? docsOf.set(cl, new Set(cl.map((c) => c.documentId))).get(cl)!;
  const blocked: ClaimPair[] = [];
  for (const p of pairs) {
    if (p.similarity < alignThreshold) break;
    const ca = clusterOf.get(p.a.key)!, cb = clusterOf.get(p.b.key)!;
    if (ca === cb) continue;
    const docs = docsIn(ca);
    if (cb.some((c) => docs.has(c.documentId))) {
      blocked.push(p);
      continue;
    }
    ca.push(...cb);
    for (const c of cb) { clusterOf.set(c.key, ca); docs.add(c.documentId); }
    docsOf.delete(cb);
  }
  const clusters = [...new Set(clusterOf.values())].map((cl) => cl.sort((x, y) => x.key.localeCompare(y.key)));
  // A blocked pair is a link only when it shares rare keys that the claim's partner from the same
  // document lacks: a second fact of a long sentence, not a weaker copy of the first match.
  const news = (p: ClaimPair, own: ClaimUnit, other: ClaimUnit) => {
    const mate = clusterOf.get(own.key)!.find((c) => c.documentId === other.documentId);
    if (!mate) return p.rare.length;
    const f = claimFeatures(mate);
    return p.rare.filter((k) => !f.has(k)).length;
  };
  // And one of its claims must have found no match at all: two claims that each already agree with
  // something else would only restate an agreement.
  const alone = (c: ClaimUnit) => clusterOf.get(c.key)!.length === 1;
  const links = blocked.filter((p) => clusterOf.get(p.a.key) !== clusterOf.get(p.b.key) && (alone(p.a) || alone(p.b))
    && Math.min(news(p, p.a, p.b), news(p, p.b, p.a)) >= Math.max(1, rules.minRareShared));
  return { clusters, pairs, links };
}
