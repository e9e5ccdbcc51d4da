/** @module reuse/align — seed-and-extend alignment of two documents into passages of matched words. */
import { lcsPairs } from '../../lib/align/lcs-pairs.ts';
import type { BodyTokens } from './body-tokens.ts';
import { chainRuns, sharedRuns, type Chain } from './seed-chains.ts';
import type { ReuseOptions } from './defaults.ts';

/** One aligned passage: matched word index pairs, increasing on both sides. */
export interface Alignment {
  pairs: [number, number][];
  /** matched words / mean of the two passages' lengths in words. */
  similarity: number;
}

/** Matched word pairs of a chain: its exact runs, the gaps between them aligned word by word (LCS). */
function chainPairs(chain: Chain, a: BodyTokens, b: BodyTokens): [number, number][] {
  const out: [number, number][] = [];
  let li = -1;
  let lj = -1;
  const runs = [...chain.runs].sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  for (const r of runs) {
    const first = Math.max(0, li + 1 - r.a0, lj + 1 - r.b0);
    if (first >= r.length) continue;
    const ni = r.a0 + first;
    const nj = r.b0 + first;
    if (li >= 0 && (ni > li + 1 || nj > lj + 1)) {
      for (const [x, y] of lcsPairs(a.keys.subarray(li + 1, ni), b.keys.subarray(lj + 1, nj))) out.push([li + 1 + x, lj + 1 + y]);
    }
    for (let t = first; t < r.length; t++) out.push([r.a0 + t, r.b0 + t]);
    li = r.a0 + r.length - 1;
    lj = r.b0 + r.length - 1;
  }
  return out;
}

// (Helpers at module level, not closures: under tsx each named closure is re-created with a __name call per use.)
const gapAt = (pairs: [number, number][], x: number) => (x <= 0 || x >= pairs.length ? -1 : pairs[x]![0] - pairs[x - 1]![0] - 1 + pairs[x]![1] - pairs[x - 1]![1] - 1);
const crosses = (br: Uint8Array, from: number, to: number) => { for (let x = from + 1; x <= to; x++) if (br[x]) return true; return false; };

/**
 * Drop stray matches inside a rewritten stretch: a 1-word match with changes on both sides, or a 2-word one
 * between two long changes ("the" shared by two different clauses), so the change reads as one phrase-level edit.
 */
function dropStrayMatches(pairs: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  while (x < pairs.length) {
    let y = x + 1;
    while (y < pairs.length && pairs[y]![0] === pairs[y - 1]![0] + 1 && pairs[y]![1] === pairs[y - 1]![1] + 1) y++;
    const len = y - x;
    const before = gapAt(pairs, x);
    const after = gapAt(pairs, y);
    const stray = before > 0 && after > 0 && (len === 1 || (len === 2 && Math.min(before, after) >= 4));
    if (!stray) for (let t = x; t < y; t++) out.push(pairs[t]!);
    x = y;
  }
  return out;
}

/** Cut a pair list wherever either side crosses a break (site noise between paragraphs). */
function splitAtBreaks(pairs: [number, number][], a: BodyTokens, b: BodyTokens): [number, number][][] {
  const pieces: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (const p of pairs) {
    const prev = cur[cur.length - 1];
    if (prev && (crosses(a.breakBefore, prev[0], p[0]) || crosses(b.breakBefore, prev[1], p[1]))) { pieces.push(cur); cur = []; }
    cur.push(p);
  }
  if (cur.length) pieces.push(cur);
  return pieces;
}

/**
 * Best-scoring stretches of a piece (a local alignment over matched pairs): +1 per match,
 * −½ per unmatched word on either side, so a long insertion is bridged only between strong stretches.
 */
function bestStretches(all: [number, number][], out: [number, number][][]): void {
  // An explicit stack of ranges still to search, so a piece of thousands of stretches cannot overflow the call stack.
  const todo: [number, number][] = [[0, all.length]];
  const found: [number, number][] = [];
  while (todo.length) {
    const [from, to] = todo.pop()!;
    if (to <= from) continue;
    let best = 0, bestFrom = from, bestTo = -1, run = 0, runFrom = from;
    for (let x = from; x < to; x++) {
      const gap = x === from ? 0 : all[x]![0] - all[x - 1]![0] - 1 + all[x]![1] - all[x - 1]![1] - 1;
      run -= gap / 2;
      if (run <= 0) { run = 0; runFrom = x; }
      run += 1;
      if (run > best) { best = run; bestFrom = runFrom; bestTo = x; }
    }
    if (bestTo < 0) continue;
    found.push([bestFrom, bestTo + 1]);
    todo.push([from, bestFrom], [bestTo + 1, to]);
  }
  found.sort((x, y) => x[0] - y[0]);
  for (const [from, to] of found) out.push(all.slice(from, to));
}

function longestRun(pairs: [number, number][]): number {
  let best = 0, cur = 0;
  for (let x = 0; x < pairs.length; x++) {
    const p = pairs[x]!, q = pairs[x - 1];
    cur = q && p[0] === q[0] + 1 && p[1] === q[1] + 1 ? cur + 1 : 1;
    if (cur > best) best = cur;
  }
  return best;
}

function similarityOf(pairs: [number, number][]): number {
  const lenA = pairs[pairs.length - 1]![0] - pairs[0]![0] + 1;
  const lenB = pairs[pairs.length - 1]![1] - pairs[0]![1] + 1;
  return (2 * pairs.length) / (lenA + lenB);
}

/** Overlap of two index ranges, in words. */
function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1);
}

/** Every passage the two documents share, strongest first, no two covering the same words. */
export function alignDocuments(a: BodyTokens, b: BodyTokens, opts: ReuseOptions): Alignment[] {
  const runs = sharedRuns(a, b, opts.seedSize, opts.maxRepeats);
  if (runs.length === 0) return [];
  const candidates: Alignment[] = [];
  for (const chain of chainRuns(runs, opts.seedSize, opts.maxGap)) {
    const stretches: [number, number][][] = [];
    for (const piece of splitAtBreaks(dropStrayMatches(chainPairs(chain, a, b)), a, b)) bestStretches(piece, stretches);
    for (const pairs of stretches) {
      if (pairs.length < opts.minPassageWords || longestRun(pairs) < opts.minAnchorRun) continue;
      const similarity = similarityOf(pairs);
      if (similarity >= opts.minSimilarity) candidates.push({ pairs, similarity });
    }
  }
  candidates.sort((x, y) => y.pairs.length - x.pairs.length);
  const kept: Alignment[] = [];
  for (const c of candidates) {
    if (kept.length >= opts.maxPassagesPerPair) break;
    const [ca0, cb0] = c.pairs[0]!;
    const [ca1, cb1] = c.pairs[c.pairs.length - 1]!;
    const clash = kept.some((k) => {
      const [ka0, kb0] = k.pairs[0]!;
      const [ka1, kb1] = k.pairs[k.pairs.length - 1]!;
      return overlap(ca0, ca1, ka0, ka1) > opts.maxOverlap * (ca1 - ca0 + 1) || overlap(cb0, cb1, kb0, kb1) > opts.maxOverlap * (cb1 - cb0 + 1);
    });
    if (!clash) kept.push(c);
  }
  return kept;
}
