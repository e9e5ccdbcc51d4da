/** @module quote-match — whether two quotes are the same words, the same quote reworded, or different quotes. */
import type { Quote } from '../../../core/index.ts';
import { tokenize } from '../../../lib/text/tokenize.ts';
import { foldPunctuation } from '../../../lib/text/normalize.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';

export function quoteWords(text: string): string[] {
  return tokenize(foldPunctuation(text)).map((t) => t.norm);
}

/** Share of the shorter quote's words found in the longer one (as a multiset). */
export function quoteOverlap(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of long) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of short) {
    const n = bag.get(w) ?? 0;
    if (n > 0) { hit++; bag.set(w, n - 1); }
  }
  return hit / short.length;
}

/** Whether the word sequence `part` occurs contiguously in `whole` (a partial quote of it). */
export function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/** The speaker named for a quote, as a set of name words (3+ letters), for comparing attributions. */
function nameWords(q: Quote): Set<string> {
  return new Set(quoteWords(q.speaker ?? '').filter((w) => w.length >= 3 && !isFunctionWord(w)));
}

/** A speaker named as a proper name ("Zoghlin", "the FBI"), not a pronoun or a common noun ("officers", "she"). */
function named(q: Quote): boolean {
  return !!q.speaker && /^\p{Lu}/u.test(q.speaker.trim()) && !/^(?:he|she|they|it|we|i)$/i.test(q.speaker.trim());
}

/**
 * Same speaker, different speakers, or unknown. Only two speakers both named by proper name can
 * differ: "officers" and "an officer", or a pronoun, say nothing about who it was.
 */
export function sameSpeaker(a: Quote, b: Quote): boolean | null {
  if (a.speakerId && b.speakerId && a.speakerId === b.speakerId) return true;
  const wa = nameWords(a), wb = nameWords(b);
  if ([...wa].some((w) => wb.has(w))) return true;
  if (!named(a) || !named(b) || wa.size === 0 || wb.size === 0) return null;
  return false;
}

/** The words inside quotation marks when a quote's text also holds its frame ("in an email that “...”"); else the whole; without trailing commas. */
export function innerQuote(text: string): { start: number; end: number } {
  let best = { start: 0, end: text.length };
  let bestLen = -1;
  for (const m of text.matchAll(/["\u201C]([^"\u201C\u201D]{3,})["\u201D]?/g)) {
    if (m[1]!.length > bestLen) {
      bestLen = m[1]!.length;
      best = { start: m.index! + 1, end: m.index! + 1 + m[1]!.length };
    }
  }
  const inner = text.slice(best.start, best.end);
  const lead = inner.length - inner.trimStart().length;
  const trail = inner.length - inner.trimEnd().replace(/[,;:]$/, '').length;
  return { start: best.start + lead, end: best.end - trail };
}
