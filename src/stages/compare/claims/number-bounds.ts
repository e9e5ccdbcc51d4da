/** @module number-bounds — the interval a hedged number allows ("nearly 450" → [405, 450]). */

/** Hedge words that may stand just before a number, and the interval each implies around value v with margin m. */
const HEDGES: { pattern: RegExp; bounds: (v: number, m: number) => [number, number] }[] = [
  { pattern: /\b(?:less than|fewer than|under|below)\s*$/i, bounds: (v) => [-Infinity, v - 1e-9] },
  { pattern: /\b(?:more than|over|above|at least|upwards of)\s*$/i, bounds: (v) => [v + 1e-9, Infinity] },
  { pattern: /\b(?:up to|as many as|as much as|at most|no more than)\s*$/i, bounds: (v) => [-Infinity, v] },
  { pattern: /\b(?:nearly|almost|just short of|just under|close to)\s*$/i, bounds: (v, m) => [v * (1 - m), v] },
  { pattern: /\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa|an? (?:reported|projected))\s*$/i, bounds: (v, m) => [v * (1 - m), v * (1 + m)] },
];

/** The interval of `value` given the words written just before it (`before`). */
export function numberBounds(value: number, before: string, margin: number): { low: number; high: number; hedge: string | null } {
  for (const h of HEDGES) {
    const m = h.pattern.exec(before);
    if (m) {
      const [a, b] = h.bounds(Math.abs(value), margin);
      return { low: Math.min(a, b), high: Math.max(a, b), hedge: m[0].trim() };
    }
  }
  return { low: value, high: value, hedge: null };
}

/** Whether two intervals share no value. */
export function disjoint(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.high < b.low || b.high < a.low;
}
