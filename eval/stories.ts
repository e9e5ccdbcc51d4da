/**
 * @module eval/stories — `npm run eval:stories`: story clustering on the public labelled sets, with the
 * single-pass TF-IDF centroid baseline beside it in the same run.
 *
 *  (a) headlines (shared/eval/stories): fed in timestamp order as a stream; B-cubed P/R/F1, pairwise F1.
 *  (b) ECB+ articles (shared/eval/ecbplus): fed in a fixed random order (seed 7); same figures.
 * The baseline's threshold is swept on the very data it is scored on (its best case). Ours was tuned on
 * one part of each set (`--tune` shows the sweep): the headline stories first seen in the first half of the
 * stream, and ECB+ topics 1–21 (four random orders); the figures are reported on all, and on the part not tuned on.
 */
import { pathToFileURL } from 'node:url';
import { createStoryClusterer, type StoryOptions } from '../src/stages/stories/index.ts';
import { evalSet } from './lib/eval-dir.ts';
import { loadEcb, loadHeadlines, shuffled, ecbTopic, type Labelled } from './stories-data.ts';
import { scoreClusters, type ClusterScores } from './stories-metrics.ts';
import { baselineClusters } from './stories-baseline.ts';

export function runOurs(items: Labelled[], opts: Partial<StoryOptions> = {}): Map<string, string> {
  const c = createStoryClusterer(undefined, opts);
  for (const { doc } of items) c.add(doc);
  return new Map(items.map(({ doc }) => [doc.id, c.storyOf(doc.id)!]));
}

function runBaseline(items: Labelled[], threshold: number): Map<string, string> {
  const ids = baselineClusters(items.map(({ doc }) => doc.text), threshold);
  return new Map(items.map(({ doc }, i) => [doc.id, String(ids[i])]));
}

const gold = (items: Labelled[]) => new Map(items.map(({ doc, label }) => [doc.id, label]));

/** The baseline at its best threshold on these very items. */
function bestBaseline(items: Labelled[], grid: number[]): { threshold: number; scores: ClusterScores } {
  let best = { threshold: 0, scores: null as ClusterScores | null };
  for (const t of grid) {
    const scores = scoreClusters(runBaseline(items, t), gold(items));
    if (!best.scores || scores.bcubedF1 > best.scores.bcubedF1) best = { threshold: t, scores };
  }
  return best as { threshold: number; scores: ClusterScores };
}

/** Headline stories whose first headline arrives in the first half of the stream: the part tuned on. */
function headlineTuneLabels(items: Labelled[]): Set<string> {
  return new Set(items.slice(0, items.length >> 1).map((i) => i.label));
}

const subset = (m: Map<string, string>, items: Labelled[]) => new Map(items.map(({ doc, label }) => [doc.id, label] as const).filter(([id]) => m.has(id)));

export async function evaluate(opts: { quick?: boolean } = {}): Promise<Record<string, number> | null> {
  const hDir = evalSet('stories');
  const eDir = evalSet('ecbplus');
  if (!hDir || !eDir) return null;
  const grid = opts.quick ? [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5] : Array.from({ length: 18 }, (_, i) => 0.05 + i * 0.05);
  const headlines = loadHeadlines(hDir);
  const ecb = shuffled(loadEcb(eDir), 7);
  const tuneH = headlineTuneLabels(headlines);
  const restH = headlines.filter((i) => !tuneH.has(i.label));
  const restE = ecb.filter((i) => ecbTopic(i.label) > 21);

  const oursH = runOurs(headlines);
  const oursE = runOurs(ecb);
  const h = scoreClusters(oursH, gold(headlines));
  const e = scoreClusters(oursE, gold(ecb));
  const hRest = scoreClusters(oursH, subset(gold(restH), restH));
  const eRest = scoreClusters(oursE, subset(gold(restE), restE));
  const bH = bestBaseline(headlines, grid);
  const bE = bestBaseline(ecb, grid);
  const figures: Record<string, number> = {
    headlines_bcubed_f1: h.bcubedF1, headlines_bcubed_p: h.bcubedP, headlines_bcubed_r: h.bcubedR, headlines_pairwise_f1: h.pairwiseF1,
    headlines_untuned_bcubed_f1: hRest.bcubedF1,
    headlines_baseline_bcubed_f1: bH.scores.bcubedF1, headlines_baseline_pairwise_f1: bH.scores.pairwiseF1,
    ecb_bcubed_f1: e.bcubedF1, ecb_bcubed_p: e.bcubedP, ecb_bcubed_r: e.bcubedR, ecb_pairwise_f1: e.pairwiseF1,
    ecb_untuned_bcubed_f1: eRest.bcubedF1,
    ecb_baseline_bcubed_f1: bE.scores.bcubedF1, ecb_baseline_pairwise_f1: bE.scores.pairwiseF1,
  };
  if (!opts.quick) {
    // Robustness: the same headlines in a random order (no help from arrival bursts), and ECB+ in other orders.
    figures.headlines_shuffled_bcubed_f1 = scoreClusters(runOurs(shuffled(headlines, 11)), gold(headlines)).bcubedF1;
    for (const seed of [1, 2, 3]) figures[`ecb_order${seed}_bcubed_f1`] = scoreClusters(runOurs(shuffled(ecb, seed)), gold(ecb)).bcubedF1;
    figures.headlines_baseline_threshold = bH.threshold;
    figures.ecb_baseline_threshold = bE.threshold;
  }
  return figures;
}

/**
 * `--tune`: the sweep used to set joinShort (headline stories first seen in the first half of the stream)
 * and joinLong (ECB+ topics 1–21, averaged over four random orders). Other options can be swept the same
 * way: `--tune '{"priorDocs":[0,100,200]}'` runs each value on both parts.
 */
function tune(): void {
  const hDir = evalSet('stories');
  const eDir = evalSet('ecbplus');
  if (!hDir || !eDir) return;
  const headlines = loadHeadlines(hDir);
  const tuneH = headlineTuneLabels(headlines);
  const hPart = headlines.filter((i) => tuneH.has(i.label));
  const ePart = loadEcb(eDir).filter((i) => ecbTopic(i.label) <= 21);
  const arg = process.argv[process.argv.indexOf('--tune') + 1];
  const grid: Record<string, number[]> = arg?.startsWith('{') ? JSON.parse(arg) : { joinShort: [0.04, 0.06, 0.08, 0.1, 0.14, 0.2], joinLong: [0.12, 0.16, 0.2, 0.24, 0.28, 0.35] };
  for (const [key, values] of Object.entries(grid)) {
    for (const value of values) {
      const o = { [key]: value } as Partial<StoryOptions>;
      const h = scoreClusters(runOurs(hPart, o), gold(hPart));
      const e = [7, 1, 2, 3].map((seed) => scoreClusters(runOurs(shuffled(ePart, seed), o), gold(ePart)));
      const mean = (f: (s: ClusterScores) => number) => (e.reduce((sum, s) => sum + f(s), 0) / e.length).toFixed(3);
      console.log(`${key}=${value}`.padEnd(20), `headline half B3 F1 ${h.bcubedF1.toFixed(3)} (P ${h.bcubedP.toFixed(3)} R ${h.bcubedR.toFixed(3)})`,
        `  ECB+ 1-21 B3 F1 ${mean((s) => s.bcubedF1)} (P ${mean((s) => s.bcubedP)} R ${mean((s) => s.bcubedR)})`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--tune')) tune();
  else {
    const t0 = performance.now();
    const f = await evaluate({ quick: process.argv.includes('--quick') });
    if (f) {
      const row = (name: string, ours: string, base: string) => console.log(`${name.padEnd(30)} ${ours.padStart(8)} ${base.padStart(10)}`);
      const n = (k: string) => (f[k] === undefined ? '-' : f[k]!.toFixed(3));
      row('', 'ours', 'baseline');
      row('headlines B-cubed F1', n('headlines_bcubed_f1'), n('headlines_baseline_bcubed_f1'));
      row('headlines B-cubed P / R', `${n('headlines_bcubed_p')}/${n('headlines_bcubed_r')}`, '');
      row('headlines pairwise F1', n('headlines_pairwise_f1'), n('headlines_baseline_pairwise_f1'));
      row('headlines, untuned half B3 F1', n('headlines_untuned_bcubed_f1'), '');
      row('headlines shuffled B3 F1', n('headlines_shuffled_bcubed_f1'), '');
      row('ECB+ B-cubed F1', n('ecb_bcubed_f1'), n('ecb_baseline_bcubed_f1'));
      row('ECB+ B-cubed P / R', `${n('ecb_bcubed_p')}/${n('ecb_bcubed_r')}`, '');
      row('ECB+ pairwise F1', n('ecb_pairwise_f1'), n('ecb_baseline_pairwise_f1'));
      row('ECB+ topics 23-45 B3 F1', n('ecb_untuned_bcubed_f1'), '');
      for (const s of [1, 2, 3]) if (f[`ecb_order${s}_bcubed_f1`] !== undefined) row(`ECB+ order ${s} B3 F1`, n(`ecb_order${s}_bcubed_f1`), '');
      if (f.headlines_baseline_threshold !== undefined) console.log(`baseline thresholds (best on the scored data): headlines ${f.headlines_baseline_threshold.toFixed(2)}, ECB+ ${f.ecb_baseline_threshold!.toFixed(2)}`);
      console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
  }
}
