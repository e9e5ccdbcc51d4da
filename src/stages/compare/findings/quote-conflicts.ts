/**
 * @module quote-conflicts — one quote, carried by several sources, worded differently or put in
 * different mouths. Partial quoting (one quote a stretch of the other) is not a difference in wording.
 */
import type { Comparison, Quote } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';
import { quoteWords, quoteOverlap, containsRun, sameSpeaker, innerQuote } from './quote-match.ts';

type Conflict = Comparison['conflicts'][number];

export interface QuotePair {
  a: Quote;
  b: Quote;
  /** Same words in the same order (or one a stretch of the other). */
  verbatim: boolean;
  /** true same speaker, false different speakers, null unknown. */
  speakerAgrees: boolean | null;
  /** Share of the shorter quote's content words found in the other. */
  overlap: number;
}

/** Pairs of quotes from different provenance groups that are the same quote. */
export function sharedQuotes(ctx: CompareContext): QuotePair[] {
  // Compare what stands inside the quotation marks: a mixed quote's frame is the outlet's own wording.
  const quotes = ctx.extraction.quotes.filter((q) => ctx.byId.has(q.span.documentId) && q.kind !== 'indirect').map(spoken);
  const words = quotes.map((q) => quoteWords(q.text));
  // Overlap is judged on content words: "we need everyone on it" is not "we need to get on it".
  const content = words.map((ws) => ws.filter((w) => w.length > 1 && !isFunctionWord(w)));
  const out: QuotePair[] = [];
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i]!, b = quotes[j]!;
      const wa = words[i]!, wb = words[j]!;
      if (a.span.documentId === b.span.documentId) continue;
      if (ctx.groupOf.get(a.span.documentId) === ctx.groupOf.get(b.span.documentId)) continue;
      if (Math.min(wa.length, wb.length) < ctx.opts.minQuoteWords) continue;
      const ca = content[i]!, cb = content[j]!;
      const overlap = quoteOverlap(ca, cb);
      if (Math.min(ca.length, cb.length) < 2 || overlap < ctx.opts.sameQuoteOverlap) continue;
      const verbatim = containsRun(wa, wb) || containsRun(wb, wa);
      let speakerAgrees = sameSpeaker(a, b);
      // Two outlets disagree on who spoke only when both name the speaker outright (not "she", resolved by inference).
      if (speakerAgrees === false && !(namedInText(a, ctx) && namedInText(b, ctx))) speakerAgrees = null;
      out.push({ a, b, verbatim, speakerAgrees, overlap });
    }
  }
  return out;
}

/** The quote's speaker is written as a name where it is attributed (its speaker span is not a pronoun). */
function namedInText(q: Quote, ctx: CompareContext): boolean {
  if (!q.speakerSpan) return false;
  const said = ctx.byId.get(q.speakerSpan.documentId)?.text.slice(q.speakerSpan.start, q.speakerSpan.end).trim() ?? '';
  return /^\p{Lu}/u.test(said) && !/^(?:he|she|they|it|we|i|his|her)$/i.test(said);
}

/** The quote narrowed to its quoted words (text and span kept in step). */
function spoken(q: Quote): Quote {
  const r = innerQuote(q.text);
  if (r.start === 0 && r.end === q.text.length) return q;
  return { ...q, text: q.text.slice(r.start, r.end), span: { ...q.span, start: q.span.start + r.start, end: q.span.start + r.end } };
}

function excerpt(q: Quote): string {
  const w = q.text.split(/\s+/);
  return w.length > 8 ? w.slice(0, 8).join(' ') + ' …' : q.text;
}

/** How far apart two quotes are in length: among equally overlapping copies, the closest in length is the closest copy. */
const lengthGap = (p: QuotePair) => Math.abs(p.a.text.length - p.b.text.length);

/** For each quote, only its closest match in each other document (one quote reported twice is one difference, not two). */
function closestPairs(pairs: readonly QuotePair[]): QuotePair[] {
  const best = new Map<string, QuotePair>();
  for (const p of pairs) {
    for (const key of [`${p.a.id}>${p.b.span.documentId}`, `${p.b.id}>${p.a.span.documentId}`]) {
      const have = best.get(key);
      if (!have || p.overlap > have.overlap || (p.overlap === have.overlap && lengthGap(p) < lengthGap(have))) best.set(key, p);
    }
  }
  return pairs.filter((p) => best.get(`${p.a.id}>${p.b.span.documentId}`) === p && best.get(`${p.b.id}>${p.a.span.documentId}`) === p);
}

/** Wording differences between copies of one quote, and one quote given to different speakers. */
export function findQuoteConflicts(pairs: readonly QuotePair[]): Conflict[] {
  const out: Conflict[] = [];
  for (const p of closestPairs(pairs)) {
    if (!p.verbatim && p.speakerAgrees !== false) {
      out.push({
        topic: `wording of a quote${p.a.speaker ? ` by ${p.a.speaker}` : ''}`,
        values: [{ value: p.a.text, evidence: [p.a.span] }, { value: p.b.text, evidence: [p.b.span] }],
      });
    }
    if (p.speakerAgrees === false) {
      const ev = (q: Quote) => (q.speakerSpan ? [q.span, q.speakerSpan] : [q.span]);
      out.push({
        topic: `who said "${excerpt(p.a)}"`,
        values: [{ value: p.a.speaker ?? 'unnamed', evidence: ev(p.a) }, { value: p.b.speaker ?? 'unnamed', evidence: ev(p.b) }],
      });
    }
  }
  return out;
}

/** One pair per pair of provenance groups and quote wording (copies of a wire story add nothing). */
export function dedupeByGroup(pairs: readonly QuotePair[], groupOf: ReadonlyMap<string, string>): QuotePair[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const k = [groupOf.get(p.a.span.documentId), groupOf.get(p.b.span.documentId)].sort().join('|') + '|' + [p.a.text, p.b.text].sort().join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
