/**
 * @module eval/compare-score — matching a comparison and a brief against gold spans.
 * A gold item is matched when predicted evidence overlaps its spans on at least two documents
 * (agreements, conflicts, shared quotes) or on its one document (unique claims).
 */
import type { Comparison, Brief, Span } from '../src/core/index.ts';

export interface GoldSpan { documentId: string; start: number; end: number }
export interface GoldStory {
  id: string;
  agreements: { label: string; spans: GoldSpan[] }[];
  conflicts: { label: string; spans: GoldSpan[] }[];
  unique: { label: string; span: GoldSpan }[];
  sharedQuotes: { label: string; spans: GoldSpan[] }[];
  flags?: { kind: string; span: GoldSpan }[];
}

export interface Tally { tp: number; predicted: number; goldFound: number; gold: number }
export const emptyTally = (): Tally => ({ tp: 0, predicted: 0, goldFound: 0, gold: 0 });
export const precision = (t: Tally) => (t.predicted ? t.tp / t.predicted : 1);
export const recall = (t: Tally) => (t.gold ? t.goldFound / t.gold : 1);

const hit = (a: Span, b: GoldSpan) => a.documentId === b.documentId && a.start < b.end && b.start < a.end;

/** Documents of `gold` whose span some predicted span overlaps. */
function docsHit(evidence: readonly Span[], gold: readonly GoldSpan[]): number {
  return new Set(gold.filter((g) => evidence.some((e) => hit(e, g))).map((g) => g.documentId)).size;
}
const matchesMulti = (evidence: readonly Span[], gold: readonly GoldSpan[]) => docsHit(evidence, gold) >= Math.min(2, new Set(gold.map((g) => g.documentId)).size);

/** Precision/recall of multi-document items (each predicted item is its evidence list). */
export function scoreMulti(predicted: readonly Span[][], gold: readonly { spans: GoldSpan[] }[], t: Tally): void {
  t.predicted += predicted.length;
  t.gold += gold.length;
  t.tp += predicted.filter((p) => gold.some((g) => matchesMulti(p, g.spans))).length;
  t.goldFound += gold.filter((g) => predicted.some((p) => matchesMulti(p, g.spans))).length;
}

/**
 * Unique claims: recall over the gold unique facts; precision as the share of predicted unique claims
 * that no other source carries (they overlap no gold agreement, conflict side or shared quote).
 */
export function scoreUnique(predicted: Comparison['unique'], g: GoldStory, t: Tally): void {
  const shared = [...g.agreements, ...g.conflicts, ...g.sharedQuotes].flatMap((x) => x.spans);
  t.predicted += predicted.length;
  t.gold += g.unique.length;
  t.tp += predicted.filter((u) => !u.evidence.some((e) => shared.some((s) => hit(e, s)))).length;
  t.goldFound += g.unique.filter((x) => predicted.some((u) => u.evidence.some((e) => hit(e, x.span)))).length;
}

/** Source flags: a predicted flag is right when a gold flag of its kind overlaps its evidence. */
export function scoreFlags(predicted: { kind: string; evidence: Span[] }[], gold: { kind: string; span: GoldSpan }[], t: Tally): void {
  t.predicted += predicted.length;
  t.gold += gold.length;
  t.tp += predicted.filter((p) => gold.some((g) => g.kind === p.kind && p.evidence.some((e) => hit(e, g.span)))).length;
  t.goldFound += gold.filter((g) => predicted.some((p) => g.kind === p.kind && p.evidence.some((e) => hit(e, g.span)))).length;
}

/** Share of the story's gold conflicts and unique facts that some brief sentence cites. */
export function briefCoverage(brief: Brief, g: GoldStory): { mentioned: number; total: number } {
  const cites = brief.sentences.flatMap((s) => s.citations);
  const facts = [...g.conflicts.map((c) => c.spans), ...g.unique.map((u) => [u.span])];
  return { mentioned: facts.filter((spans) => spans.some((sp) => cites.some((c) => hit(c, sp)))).length, total: facts.length };
}
