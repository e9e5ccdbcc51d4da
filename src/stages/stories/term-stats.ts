/** @module stories/term-stats — document frequencies kept up to date as documents arrive, and the idf they give. */

/** Serialised form: document count and [feature, df] pairs. */
export interface TermStatsState {
  n: number;
  df: [string, number][];
}

/** A feature's document frequency, and its idf as last computed (valid while df and the quantised N hold). */
interface Entry {
  df: number;
  idf: number;
  at: number;
}

/**
 * The document count idf is computed with: N rounded down to a step of about 1/256 of N (exact below 512).
 * idf moves by well under 1% within a step, and caching it per step saves a logarithm on nearly every look-up.
 * A pure function of N, so a resumed run computes the very same idf as one run.
 */
function quantised(n: number): number {
  if (n < 512) return n;
  const step = 2 ** Math.floor(Math.log2(n / 256));
  return Math.floor(n / step) * step;
}

export class TermStats {
  n = 0;
  private readonly df = new Map<string, Entry>();
  private nq = 0;

  /**
   * `priorDocs` pretend documents that contain none of the features: with few real documents every
   * feature looks rare and idf has no contrast to give, so early weights stay close to plain term
   * frequency instead of swinging on df 1 versus 2.
   */
  constructor(readonly priorDocs = 0) {
    this.nq = quantised(priorDocs);
  }

  /** Count one document's distinct features. */
  addDocument(features: Iterable<string>): void {
    this.n++;
    this.nq = quantised(this.n + this.priorDocs);
    for (const t of features) {
      const e = this.df.get(t);
      if (e) { e.df++; e.at = -1; } else this.df.set(t, { df: 1, idf: 0, at: -1 });
    }
  }

  /** BM25's idf over N real plus the prior documents (N quantised, see above), kept positive. Unseen features count as seen once. */
  idf(term: string): number {
    const e = this.df.get(term);
    if (e && e.at === this.nq) return e.idf;
    const df = e?.df ?? 1;
    const idf = Math.log(1 + (this.nq - df + 0.5) / (df + 0.5));
    if (e) { e.idf = idf; e.at = this.nq; }
    return idf;
  }

  get vocabularySize(): number {
    return this.df.size;
  }

  toState(): TermStatsState {
    return { n: this.n, df: [...this.df].map(([t, e]) => [t, e.df]) };
  }

  static fromState(s: TermStatsState, priorDocs = 0): TermStats {
    const stats = new TermStats(priorDocs);
    stats.n = s.n;
    stats.nq = quantised(s.n + priorDocs);
    for (const [t, c] of s.df) stats.df.set(t, { df: c, idf: 0, at: -1 });
    return stats;
  }
}
