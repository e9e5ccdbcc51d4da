/**
 * @module reuse/find-reuse — the reuse recipe.
 * 1. fingerprint every document's body (exact hash, shingle set, MinHash)
 * 2. near-duplicates: equal hashes, then LSH candidates verified by exact Jaccard
 * 3. candidate pairs from an inverted shingle index (never all pairs)
 * 4. align each candidate pair (seed, chain, extend) into passages with their edits
 * 5. direction per pair (dates, agencies, containment), provenance groups, then lineage: silent pairs oriented from their group's original
 */
import type { Article, Provenance, ReusePassage, ReuseResult } from '../../core/index.ts';
import { minhashSalts } from '../../lib/hash/minhash.ts';
import { defaultReuseOptions, type ReuseOptions } from './defaults.ts';
import { bodyTokens, type BodyTokens } from './body-tokens.ts';
import { fingerprint } from './fingerprint.ts';
import { nearDuplicates } from './near-duplicates.ts';
import { candidatePairs } from './candidates.ts';
import { alignDocuments } from './align.ts';
import { passageEdits } from './passage-edits.ts';
import { directionScore } from './direction.ts';
import { buildProvenance, type DirectedPair } from './provenance.ts';

/** Tokenised bodies are rebuilt on demand and kept for this many documents, so memory stays flat on large inputs. */
const BODY_CACHE = 4096;

function bodyCache(docs: Article[], first: BodyTokens[]): (d: number) => BodyTokens {
  // A story (up to a few thousand documents) keeps the bodies tokenised for fingerprinting: not tokenised twice.
  if (docs.length <= BODY_CACHE && first.length === docs.length) return (d) => first[d]!;
  const cache = new Map<number, BodyTokens>();
  return (d) => {
    let body = cache.get(d);
    if (body) return body;
    body = bodyTokens(docs[d]!);
    if (cache.size >= BODY_CACHE) cache.delete(cache.keys().next().value!);
    cache.set(d, body);
    return body;
  };
}

/** Aligned passages between the documents, near-duplicates and provenance groups. */
export function findReuse(docs: Article[], options: Partial<ReuseOptions> = {}): ReuseResult {
  const opts: ReuseOptions = { ...defaultReuseOptions, ...options };
  const salts = minhashSalts(opts.minhashSize);
  const bodies: BodyTokens[] = [];
  const prints = docs.map((d) => {
    const body = bodyTokens(d);
    if (docs.length <= BODY_CACHE) bodies.push(body);
    return fingerprint(body, opts.shingleSize, salts);
  });
  const bodyWords = prints.map((p) => p.bodyWords);
  const dups = nearDuplicates(prints, opts);
  const { pairs } = candidatePairs(prints.map((p) => p.shingles), opts.minSharedShingles, opts.maxDocFrequency, opts.pairWindow);
  const seen = new Set(pairs.map(([i, j]) => i * docs.length + j));
  for (const d of dups) if (!seen.has(d.i * docs.length + d.j)) pairs.push([d.i, d.j]);
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  const body = bodyCache(docs, bodies);
  const agencies = new Set(opts.agencies.map((a) => a.toLowerCase()));
  const passages: ReusePassage[] = [];
  const directed: DirectedPair[] = [];
  const passagePairs: DirectedPair[] = [];
  for (const [i, j] of pairs) {
    const a = body(i);
    const b = body(j);
    const aligned = alignDocuments(a, b, opts);
    if (aligned.length === 0) continue;
    const pair = { i, j, alignedI: 0, alignedJ: 0 };
    // Words spanned, not only matched: sentences a copy inserted inside a passage count as covered, so the
    // copy (trimmed, or expanded within) is the more contained side.
    for (const al of aligned) {
      pair.alignedI += al.pairs[al.pairs.length - 1]![0] - al.pairs[0]![0] + 1;
      pair.alignedJ += al.pairs[al.pairs.length - 1]![1] - al.pairs[0]![1] + 1;
    }
    const score = directionScore(docs, bodyWords, pair, opts, agencies);
    const direction = Math.abs(score) < opts.directionMinScore ? 0 : Math.sign(score);
    directed.push({ ...pair, direction, score, passages: aligned.length });
    const A = docs[i]!;
    const B = docs[j]!;
    for (const al of aligned) {
      passagePairs.push(directed[directed.length - 1]!);
      const [i0, j0] = al.pairs[0]!;
      const [i1, j1] = al.pairs[al.pairs.length - 1]!;
      passages.push({
        a: { documentId: A.id, start: a.tokens[i0]!.start, end: a.tokens[i1]!.end },
        b: { documentId: B.id, start: b.tokens[j0]!.start, end: b.tokens[j1]!.end },
        similarity: Math.round(al.similarity * 1000) / 1000,
        direction: direction > 0 ? 'a->b' : direction < 0 ? 'a<-b' : 'unknown',
        edits: passageEdits(al.pairs, a, A.text, b, B.text),
      });
    }
  }
  const provenance = buildProvenance(docs, bodyWords, directed, dups, opts);
  orientFromOriginals(passages, passagePairs, docs, provenance);
  return { passages, provenance };
}

/**
 * Lineage: where the evidence of one pair is silent but its group's original is one of the two documents
 * (found from other members' dates or credits), the passage runs from that original.
 */
function orientFromOriginals(passages: ReusePassage[], pairs: DirectedPair[], docs: Article[], provenance: Provenance): void {
  const originals = new Set(provenance.groups.filter((g) => g.documentIds.length > 1 && g.originalId).map((g) => g.originalId!));
  passages.forEach((p, k) => {
    if (p.direction !== 'unknown') return;
    const pair = pairs[k]!;
    const a = docs[pair.i]!.id;
    const b = docs[pair.j]!.id;
    if (originals.has(a) && !originals.has(b)) p.direction = 'a->b';
    else if (originals.has(b) && !originals.has(a)) p.direction = 'a<-b';
  });
}
