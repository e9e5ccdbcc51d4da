/** @module stories/term-stats — document frequencies kept up to date as documents arrive, and the idf they give. */

/** Serialised form: document count and [feature, df] pairs. */
export interface TermStatsState {
  n: number;
  df: [string, number][];
}

export class TermStats {
  n = 0;
  private readonly df = new Map<string, number>();

  /**
   * `priorDocs` pretend documents that contain none of the features: with few real documents every
   * feature looks rare and idf has no contrast to give, so early weights stay close to plain term
   * frequency instead of swinging on df 1 versus 2.
   */
  constructor(readonly priorDocs = 0) {}

  /** Count one document's distinct features. */
  addDocument(features: Iterable<string>): void {
    this.n++;
    for (const t of features) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** BM25's idf over N real plus the prior documents, kept positive. Unseen features count as seen once. */
  idf(term: string): number {
    const df = this.df.get(term) ?? 1;
    return Math.log(1 + (this.n + this.priorDocs - df + 0.5) / (df + 0.5));
  }

  get vocabularySize(): number {
    return this.df.size;
  }

  toState(): TermStatsState {
    return { n: this.n, df: [...this.df.entries()] };
  }

  static fromState(s: TermStatsState, priorDocs = 0): TermStats {
    const stats = new TermStats(priorDocs);
    stats.n = s.n;
    for (const [t, c] of s.df) stats.df.set(t, c);
    return stats;
  }
}
