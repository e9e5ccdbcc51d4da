/** @module reuse/candidates — document pairs worth aligning, from an inverted index of shingles (never all pairs). */

/** Most documents the packed index can address (21 bits beside a 32-bit hash fit a double exactly). */
const MAX_DOCS = 1 << 21;

/**
 * Pairs [i, j] (i < j) sharing at least `minShared` distinct shingles, each shingle counted only when fewer than
 * `maxDocFrequency` documents carry it, and pairs within one shingle's posting list taken only `window` apart. The index is one sorted Float64Array of (hash, document) entries, so
 * memory is 8 bytes per distinct shingle and the cost is a sort plus at most `window` pair counts per posting.
 */
export function candidatePairs(sets: Uint32Array[], minShared: number, maxDocFrequency: number, window: number): { pairs: [number, number][]; shared: number[] } {
  const n = sets.length;
  if (n > MAX_DOCS) throw new RangeError(`reuse: at most ${MAX_DOCS} documents per call`);
  let total = 0;
  for (const s of sets) total += s.length;
  const postings = new Float64Array(total);
  let w = 0;
  for (let d = 0; d < n; d++) for (const h of sets[d]!) postings[w++] = h * MAX_DOCS + d;
  postings.sort();
  const counts = new PairCounts();
  let x = 0;
  while (x < total) {
    const hash = Math.floor(postings[x]! / MAX_DOCS);
    let y = x + 1;
    while (y < total && Math.floor(postings[y]! / MAX_DOCS) === hash) y++;
    const df = y - x;
    if (df > 1 && df <= maxDocFrequency) {
      // Up to `window` documents, every pair; beyond, each document with its next `window` in the list, so a
      // common phrase costs linear, not quadratic, time. Copies sharing many shingles still meet in many lists.
      for (let p = x; p < y; p++) {
        const dp = postings[p]! % MAX_DOCS;
        const last = Math.min(y, p + 1 + window);
        for (let q = p + 1; q < last; q++) {
          counts.add(dp * n + (postings[q]! % MAX_DOCS));
        }
      }
    }
    x = y;
  }
  const pairs: [number, number][] = [];
  const shared: number[] = [];
  for (const [key, c] of counts.entries()) {
    if (c < minShared) continue;
    pairs.push([Math.floor(key / n), key % n]);
    shared.push(c);
  }
  return { pairs, shared };
}

/** Most entries one Map takes (V8 refuses more than 2^24). */
const MAP_LIMIT = 16_000_000;

/**
 * Counts per pair key. One Map, as long as it suffices; a corpus of a million documents has more distinct
 * pairs than a Map can hold, so further keys go to further Maps (first-seen order is kept across them).
 */
export class PairCounts {
  private readonly maps: Map<number, number>[] = [new Map()];

  constructor(private readonly mapLimit = MAP_LIMIT) {}

  add(key: number): void {
    for (const m of this.maps) {
      const c = m.get(key);
      if (c !== undefined) { m.set(key, c + 1); return; }
    }
    let last = this.maps[this.maps.length - 1]!;
    if (last.size >= this.mapLimit) this.maps.push((last = new Map()));
    last.set(key, 1);
  }

  *entries(): IterableIterator<[number, number]> {
    for (const m of this.maps) yield* m;
  }
}
