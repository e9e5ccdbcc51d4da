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
  const norms = feats.map((fs) => { let s = 0; for (const k of fs) s += weights.get(k)!; return Math.sqrt(s); });
  const index = new Map<string, number[]>();
  feats.forEach((fs, i) => fs.forEach((k) => (index.get(k) ?? index.set(k, []).get(k)!).push(i)));
  const n = claims.length;
  // A key each document holds once is what an aligned claim looks like, so "rare" never means fewer than one per document.
  const rareLimit = Math.max(new Set(claims.map((c) => c.documentId)).size, rareShare * n);
  // Candidates come from the rarest keys first. A key held by very many claims pairs them all (quadratic) while
  // weighing almost nothing, so it only adds to pairs found otherwise; a budget caps pairs in a huge story.
  const maxPosting = Math.max(MAX_POSTING, rareLimit);
  const candidates = candidateList(n);
  // Documents as small integers: the same-document test runs once per posting pair (millions).
  const docNo = new Map<string, number>();
  const docOf = Int32Array.from(claims, (c) => docNo.get(c.documentId) ?? (docNo.set(c.documentId, docNo.size), docNo.size - 1));
  const addPair = (a: number, b: number) => {
    if (docOf[a] === docOf[b]) return;
    candidates.add(a < b ? a * n + b : b * n + a);
  };
  // Once the budget is spent nothing more can be added, so the remaining postings are skipped.
  const full = () => candidates.keys.length >= MAX_CANDIDATE_PAIRS;
  const postings = [...index.values()].filter((ids) => ids.length >= 2 && ids.length <= maxPosting).sort((a, b) => a.length - b.length);
  // Postings come rarest first, so pairs sharing a rare key are all found before `common`: the pairs after it
  // share only common keys, and (below) only a pair of ledes among them can pass.
  let common = -1;
  for (const ids of postings) {
    if (common < 0 && ids.length > rareLimit) common = candidates.keys.length;
    if (full()) break;
    for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) addPair(ids[x]!, ids[y]!);
  }
  // Ledes need no rare key (below), so they are candidates whatever they share.
  const ledes = claims.flatMap((c, i) => (c.position < ledeClaims ? [i] : []));
  if (common < 0) common = candidates.keys.length;
  if (ledes.length <= MAX_LEDES && !full()) for (let x = 0; x < ledes.length; x++) for (let y = x + 1; y < ledes.length; y++) addPair(ledes[x]!, ledes[y]!);
  // Scoring runs once per candidate (millions in a big story): keys as small integers, a claim's keys
  // marked in a stamp array instead of looked up in a Set of strings. Same keys, same order, same sums.
  const keyIds = new Map<string, number>();
  const keyNames: string[] = [];
  // (Plain loops: TypedArray.from with a mapping function is slow in V8.)
  const featIds = feats.map((fs) => {
    const ids = new Int32Array(fs.size);
    let x = 0;
    for (const k of fs) {
      let id = keyIds.get(k);
      if (id === undefined) { id = keyNames.length; keyNames.push(k); keyIds.set(k, id); }
      ids[x++] = id;
    }
    return ids;
  });
  const keyWeight = new Float64Array(keyNames.length);
  const keyRare = new Uint8Array(keyNames.length);
  for (let k = 0; k < keyNames.length; k++) {
    keyWeight[k] = weights.get(keyNames[k]!)!;
    keyRare[k] = index.get(keyNames[k]!)!.length <= rareLimit ? 1 : 0;
  }
  const stamp = new Int32Array(keyNames.length).fill(-1);
  let pairNo = 0;
  const out: ClaimPair[] = [];
  const keys = candidates.keys;
  for (let q = 0; q < keys.length; q++) {
    const key = keys[q]!;
    const i = Math.floor(key / n), j = key % n;
    // Ledes of news copy state the same core event in the story's own topic words: two ledes get a bonus and need no rare key.
    const lede = claims[i]!.position < ledeClaims && claims[j]!.position < ledeClaims;
    // No rare key shared (see `common`): it would fail the rare-key rule, so it is not scored (most of a story's pairs).
    if (q >= common && !lede && minRareShared > 0) continue;
    let s = 0;
    let rare: string[] | null = null;
    const fi = featIds[i]!, fj = featIds[j]!;
    const small = fi.length <= fj.length ? fi : fj, large = small === fi ? fj : fi;
    const mark = pairNo++;
    for (let x = 0; x < large.length; x++) stamp[large[x]!] = mark;
    for (let x = 0; x < small.length; x++) {
      const k = small[x]!;
      if (stamp[k] !== mark) continue;
      s += keyWeight[k]!;
      if (keyRare[k]) (rare ??= []).push(keyNames[k]!);
    }
    if (s === 0) continue;
    const rareCount = rare?.length ?? 0;
    const sim = s / (norms[i]! * norms[j]!) + (lede ? ledeBonus : 0);
    if (sim >= floor && rareCount >= (lede ? 0 : minRareShared)) out.push({ a: claims[i]!, b: claims[j]!, similarity: Math.min(1, sim), rare: rare ?? [] });
  }
  return sortPairs(out);
}

/**
 * Pairs by similarity (highest first), then by the first claim's key (localeCompare), else as found: the
 * order a stable sort with that comparator gives. Most pairs of a big story tie on similarity (copies score
 * 1), so keys are ranked once per claim, and the whole order is packed into one number per pair and sorted
 * natively (a comparator over a million pairs, and localeCompare on each tie, cost seconds).
 */
function sortPairs(pairs: ClaimPair[]): ClaimPair[] {
  const m = pairs.length;
  if (m < 2) return pairs;
  // Ranks of the first claims' keys (claims equal under localeCompare share one).
  const firsts = [...new Set(pairs.map((p) => p.a))].sort((x, y) => x.key.localeCompare(y.key));
  const rankOf = new Map<ClaimUnit, number>();
  firsts.forEach((c, r) => rankOf.set(c, r > 0 && firsts[r - 1]!.key.localeCompare(c.key) === 0 ? rankOf.get(firsts[r - 1]!)! : r));
  // Position of each pair in (key rank, as found) order: a counting sort by rank. (Plain loops throughout:
  // TypedArray.from with a mapping function is slow in V8.)
  const rank = new Int32Array(m);
  const values = new Float64Array(m);
  for (let x = 0; x < m; x++) { rank[x] = rankOf.get(pairs[x]!.a)!; values[x] = pairs[x]!.similarity; }
  const start = new Int32Array(firsts.length + 1);
  for (let x = 0; x < m; x++) start[rank[x]! + 1]!++;
  for (let r = 0; r < firsts.length; r++) start[r + 1]! += start[r]!;
  const pos = new Int32Array(m);
  for (let x = 0; x < m; x++) pos[x] = start[rank[x]!]!++;
  // Similarity as the index of its value among the distinct values, highest first.
  values.sort();
  let distinct = 0;
  for (let x = 0; x < m; x++) if (x === 0 || values[x] !== values[distinct - 1]) values[distinct++] = values[x]!;
  // (similarity index, position) < m² ≤ 2^53: exact in a double.
  const packed = new Float64Array(m);
  const pairAt = new Int32Array(m);
  for (let x = 0; x < m; x++) {
    const v = pairs[x]!.similarity;
    let lo = 0, hi = distinct;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (values[mid]! < v) lo = mid + 1; else hi = mid; }
    packed[x] = (distinct - 1 - lo) * m + pos[x]!;
    pairAt[pos[x]!] = x;
  }
  packed.sort();
  const out = new Array<ClaimPair>(m);
  for (let x = 0; x < m; x++) out[x] = pairs[pairAt[packed[x]! % m]!]!;
  return out;
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
