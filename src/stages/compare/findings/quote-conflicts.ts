/**
 * @module quote-conflicts — one quote, carried by several sources, worded differently or put in
 * different mouths. Partial quoting (one quote a stretch of the other) is not a difference in wording.
 */
import type { Comparison, Quote } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';
import { quoteWords, containsRun, sameSpeaker, innerQuote } from './quote-match.ts';

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
  // Every pair of a big story's quotes is looked at (millions): documents and groups as small integers,
  // and the shared-word counts of quote i with every later quote gathered at once (sharedCounts).
  const ids = new Map<string, number>();
  const small = (k: string) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1);
  const docOf = Int32Array.from(quotes, (q) => small('d:' + q.span.documentId));
  // No group (undefined) equals no group, as in a comparison of the looked-up ids.
  const groupOf = Int32Array.from(quotes, (q) => { const g = ctx.groupOf.get(q.span.documentId); return g === undefined ? -1 : small('g:' + g); });
  const shared = sharedCounts(content);
  const out: QuotePair[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const hits = shared(i);
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i]!, b = quotes[j]!;
      const wa = words[i]!, wb = words[j]!;
      if (docOf[i] === docOf[j]) continue;
      if (groupOf[i] === groupOf[j]) continue;
      if (Math.min(wa.length, wb.length) < ctx.opts.minQuoteWords) continue;
      const ca = content[i]!, cb = content[j]!;
      const shorter = Math.min(ca.length, cb.length);
      const overlap = shorter === 0 ? 0 : hits(j) / shorter; // = quoteOverlap(ca, cb)
      if (shorter < 2 || overlap < ctx.opts.sameQuoteOverlap) continue;
      const verbatim = containsRun(wa, wb) || containsRun(wb, wa);
      let speakerAgrees = sameSpeaker(a, b);
      // Two outlets disagree on who spoke only when both name the speaker outright (not "she", resolved by inference).
      if (speakerAgrees === false && !(namedInText(a, ctx) && namedInText(b, ctx))) speakerAgrees = null;
      out.push({ a, b, verbatim, speakerAgrees, overlap });
    }
  }
  return out;
}

/**
 * For quote i (called with i increasing), the multiset overlap (words in common, counted as often as both
 * hold them: what quoteOverlap counts) with each later quote j, from an inverted index of the words, so
 * pairs sharing no word cost nothing.
 */
function sharedCounts(bags: readonly (readonly string[])[]): (i: number) => (j: number) => number {
  const wordId = new Map<string, number>();
  const postings: { quote: number[]; count: number[] }[] = [];
  // Per quote: its distinct words, how often each occurs, and where the quote stands in each word's posting.
  const own = bags.map((bag, q) => {
    const counts = new Map<number, number>();
    for (const w of bag) {
      let id = wordId.get(w);
      if (id === undefined) { id = postings.length; wordId.set(w, id); postings.push({ quote: [], count: [] }); }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const entries: { id: number; count: number; at: number }[] = [];
    for (const [id, count] of counts) {
      const p = postings[id]!;
      entries.push({ id, count, at: p.quote.length });
      p.quote.push(q);
      p.count.push(count);
    }
    return entries;
  });
  const hit = new Int32Array(bags.length);
  const stamp = new Int32Array(bags.length).fill(-1);
  return (i) => {
    for (const { id, count, at } of own[i]!) {
      const p = postings[id]!;
      for (let t = at + 1; t < p.quote.length; t++) {
        const j = p.quote[t]!;
        if (stamp[j] !== i) { stamp[j] = i; hit[j] = 0; }
        hit[j]! += Math.min(count, p.count[t]!);
      }
    }
    return (j) => (stamp[j] === i ? hit[j]! : 0);
  };
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
