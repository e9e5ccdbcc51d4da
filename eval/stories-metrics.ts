/** @module eval/stories-metrics — B-cubed and pairwise scores of a clustering against gold labels. */

export interface ClusterScores {
  bcubedP: number;
  bcubedR: number;
  bcubedF1: number;
  pairwiseP: number;
  pairwiseR: number;
  pairwiseF1: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** `predicted` and `gold` map each item to its cluster; only items present in both are scored. */
export function scoreClusters(predicted: Map<string, string>, gold: Map<string, string>): ClusterScores {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const pairCount = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const k of items) {
    const p = predicted.get(k)!;
    const g = gold.get(k)!;
    pairCount.set(p + '\u0000' + g, (pairCount.get(p + '\u0000' + g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  // B-cubed: per item, the share of its predicted cluster that is gold-right (P) and of its gold cluster found (R).
  let bp = 0, br = 0, tp = 0;
  for (const [key, n] of pairCount) {
    const [p, g] = key.split('\u0000') as [string, string];
    bp += (n * n) / predSize.get(p)!;
    br += (n * n) / goldSize.get(g)!;
    tp += (n * (n - 1)) / 2;
  }
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const predPairs = pairs(predSize);
  const goldPairs = pairs(goldSize);
  const bcubedP = bp / items.length, bcubedR = br / items.length;
  const pairwiseP = predPairs ? tp / predPairs : 1, pairwiseR = goldPairs ? tp / goldPairs : 1;
  return { bcubedP, bcubedR, bcubedF1: f1(bcubedP, bcubedR), pairwiseP, pairwiseR, pairwiseF1: f1(pairwiseP, pairwiseR) };
}
