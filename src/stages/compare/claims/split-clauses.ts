/** @module split-clauses — a sentence into atomic clauses at semicolons and contrastive conjunctions. */
import type { Segment } from '../../../lib/text/sentences.ts';

/** Boundaries after which a new claim starts: ";" and ", but|while|whereas|although|though". */
const BOUNDARY = /;\s+|,\s+(?=(?:but|while|whereas|although|though)\s)/g;

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * Split `text[seg.start, seg.end)` at clause boundaries, keeping every piece at least `minWords` long
 * (a short piece stays joined to its neighbour). A boundary inside quotation marks is not a boundary.
 */
export function splitClauses(text: string, seg: Segment, minWords: number): Segment[] {
  const s = text.slice(seg.start, seg.end);
  const cuts: number[] = [];
  for (const m of s.matchAll(BOUNDARY)) {
    const before = s.slice(0, m.index);
    const open = (before.match(/["\u201C\u201D]/g) ?? []).length % 2 === 1;
    if (!open) cuts.push(m.index!);
  }
  const out: Segment[] = [];
  let start = 0;
  for (const cut of cuts) {
    const piece = s.slice(start, cut);
    const rest = s.slice(cut);
    if (words(piece) >= minWords && words(rest) >= minWords) {
      out.push({ start: seg.start + start, end: seg.start + cut });
      start = cut + (/^;?\s*,?\s*/.exec(rest)?.[0].length ?? 0);
    }
  }
  out.push({ start: seg.start + start, end: seg.end });
  return out;
}
