/** @module stories/candidate-index — inverted index from strong words to the active stories they describe. */

/**
 * Only active stories are indexed, each under a few words, so looking up a document's candidates costs
 * the same whether ten or a million stories were seen. Words so common that their posting list grows
 * past `maxPosting` are skipped when looking up: they would find everything and tell nothing.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, Set<number>>();

  constructor(private readonly maxPosting: number) {}

  /** Move story `seq` from the words `before` to the words `after`. */
  reindex(seq: number, before: readonly string[], after: readonly string[]): void {
    const keep = new Set(after);
    for (const t of before) {
      if (keep.has(t)) continue;
      const set = this.postings.get(t);
      set?.delete(seq);
      if (set && set.size === 0) this.postings.delete(t);
    }
    const had = new Set(before);
    for (const t of after) {
      if (had.has(t)) continue;
      let set = this.postings.get(t);
      if (!set) this.postings.set(t, (set = new Set()));
      set.add(seq);
    }
  }

  /**
   * Stories sharing the most of `terms`, at most `limit`, most shared first, then oldest first.
   * `exclude` leaves one story out (the one asking, during merge checks).
   */
  lookup(terms: readonly string[], limit: number, exclude = -1): number[] {
    const hits = new Map<number, number>();
    for (const t of terms) {
      const set = this.postings.get(t);
      if (!set || set.size > this.maxPosting) continue;
      for (const seq of set) if (seq !== exclude) hits.set(seq, (hits.get(seq) ?? 0) + 1);
    }
    const out = [...hits.entries()];
    out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return out.slice(0, limit).map(([seq]) => seq);
  }

  get size(): number {
    return this.postings.size;
  }
}
