/** @module reuse/passage-edits — the word-level differences inside one aligned passage, as phrase-level edits. */
import type { Edit } from '../../core/index.ts';
import type { BodyTokens } from './body-tokens.ts';
import { editKind } from './edit-kind.ts';

/** Text of tokens [from, to] (inclusive) as written, or "" for an empty range. */
function textOf(doc: BodyTokens, text: string, from: number, to: number): string {
  return to < from ? '' : text.slice(doc.tokens[from]!.start, doc.tokens[to]!.end);
}

/**
 * Edits from a's wording (`from`) to b's (`to`): each maximal stretch of unmatched words on either side is one
 * edit (so "security operation in" → "crackdown on" stays a phrase), and runs of matched words written
 * differently ("U.S." / "US", "programme" / "program") are spelling edits.
 */
export function passageEdits(pairs: [number, number][], a: BodyTokens, textA: string, b: BodyTokens, textB: string): Edit[] {
  const edits: Edit[] = [];
  let spellFrom = -1;
  for (let x = 0; x < pairs.length; x++) {
    const [i, j] = pairs[x]!;
    if (x > 0) {
      const [pi, pj] = pairs[x - 1]!;
      if (i > pi + 1 || j > pj + 1) {
        spellFrom = flushSpelling(edits, spellFrom, x, pairs, a, textA, b, textB);
        const from = textOf(a, textA, pi + 1, i - 1);
        const to = textOf(b, textB, pj + 1, j - 1);
        edits.push({ from, to, kind: editKind(from, to) });
      }
    }
    const differs = a.tokens[i]!.text !== b.tokens[j]!.text;
    if (differs && spellFrom < 0) spellFrom = x;
    if (!differs) spellFrom = flushSpelling(edits, spellFrom, x, pairs, a, textA, b, textB);
  }
  flushSpelling(edits, spellFrom, pairs.length, pairs, a, textA, b, textB);
  return edits;
}

/**
 * The spelling edit of the matched words from `spellFrom` up to `x` (exclusive), if one is open; returns -1 (none open).
 * A module function, not a closure: under tsx a named closure is re-created with a __name call per passage.
 */
function flushSpelling(edits: Edit[], spellFrom: number, x: number, pairs: [number, number][], a: BodyTokens, textA: string, b: BodyTokens, textB: string): number {
  if (spellFrom < 0) return -1;
  const from = textOf(a, textA, pairs[spellFrom]![0], pairs[x - 1]![0]);
  const to = textOf(b, textB, pairs[spellFrom]![1], pairs[x - 1]![1]);
  edits.push({ from, to, kind: 'spelling' });
  return -1;
}
