/** @module time/tense — whether the clause around a time expression looks back (past) or forward (future). */
import type { Tense } from './resolve.ts';

const FUTURE = /\b(?:will|won't|shall|'ll|would|going to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised|planning|going|to)\b|(?:plans?|planned|intends?|intended|set|expected|scheduled) to|has scheduled|scheduled|to be held|upcoming|next|as soon as)\b/gi;
const PAST_WORDS = /\b(?:said|says|was|were|had|did|ago|last|earlier)\b/gi;
/** Regular past forms ("voted", "launched"); lower-case only, so "United" is not a verb. */
const PAST_FORMS = /\b[a-z]{2,}ed\b/g;

/**
 * Tense of the clause that holds [start, end) in `sentence` (offsets relative to the sentence):
 * the nearest cue before the expression wins, else the nearest after; no cue is past (news reports what happened).
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const cues: { at: number; end: number; tense: Tense }[] = [];
  for (const m of sentence.matchAll(FUTURE)) cues.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, tense: 'future' });
  const inFuture = (at: number) => cues.some((c) => c.at <= at && at < c.end);
  for (const re of [PAST_WORDS, PAST_FORMS]) {
    for (const m of sentence.matchAll(re)) if (!inFuture(m.index ?? 0)) cues.push({ at: m.index ?? 0, end: 0, tense: 'past' });
  }
  const outside = cues.filter((c) => c.at < start || c.at >= end);
  if (!outside.length) return 'past';
  const dist = (c: { at: number }) => (c.at < start ? start - c.at : (c.at - end) * 1.5);
  outside.sort((x, y) => dist(x) - dist(y));
  return outside[0]!.tense;
}
