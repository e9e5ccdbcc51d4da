/**
 * @module eval/stories-baseline — the peer the story clusterer is measured against: single-pass TF-IDF
 * centroid clustering (every document compared with every cluster; join the most similar above a threshold).
 * The textbook method, and the one the held-out baselines in shared/eval/README.md were measured with.
 */
import { tokenize } from '../src/lib/text/tokenize.ts';
import { isStopword } from '../src/lib/text/stopwords.ts';

export function baselineClusters(texts: string[], threshold: number): number[] {
  const df = new Map<string, number>();
  const centroids: Map<string, number>[] = [];
  const norms: number[] = [];
  const out: number[] = [];
  texts.forEach((text, n) => {
    const tf = new Map<string, number>();
    for (const t of tokenize(text)) if (t.norm.length > 1 && !isStopword(t.norm)) tf.set(t.norm, (tf.get(t.norm) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [t, c] of tf) v.set(t, (1 + Math.log(c)) * (Math.log((n + 2) / (df.get(t)! + 1)) + 1));
    const len = Math.hypot(...v.values()) || 1;
    for (const [t, w] of v) v.set(t, w / len);
    let best = -1, bestSim = threshold;
    centroids.forEach((c, i) => {
      let dot = 0;
      for (const [t, w] of v) dot += w * (c.get(t) ?? 0);
      const sim = dot / norms[i]!;
      if (sim >= bestSim) { best = i; bestSim = sim; }
    });
    if (best < 0) { best = centroids.length; centroids.push(new Map()); norms.push(0); }
    const c = centroids[best]!;
    for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w);
    norms[best] = Math.hypot(...c.values()) || 1;
    out.push(best);
  });
  return out;
}
