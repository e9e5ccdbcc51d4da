/**
 * @module quote-agreements — a quote carried by several independent sources is itself an agreement
 * ("X said '...'"), even when the sentences around it differ too much for the claims to align.
 */
import type { Comparison, Span } from '../../../core/index.ts';
import { overlaps } from '../../../lib/span.ts';
import { countSources } from '../../../lib/provenance-index.ts';
import type { CompareContext } from '../compare-context.ts';
import type { QuotePair } from './quote-conflicts.ts';

type Agreement = Comparison['agreements'][number];

const covered = (s: Span, agreements: readonly Agreement[]) => agreements.some((a) => a.evidence.some((e) => e.documentId === s.documentId && overlaps(e, s)));

/**
 * Shared quotes (same words, or one a stretch of the other, and no dispute over the speaker) not
 * already inside an agreement's evidence. The claim is the shorter copy: the words all sources carry.
 */
export function quoteAgreements(pairs: readonly QuotePair[], existing: readonly Agreement[], ctx: CompareContext): Agreement[] {
  const out: Agreement[] = [];
  for (const p of pairs) {
    if (!p.verbatim || p.speakerAgrees === false) continue;
    if (covered(p.a.span, existing) && covered(p.b.span, existing)) continue;
    const same = out.find((a) => a.evidence.some((e) => (e.documentId === p.a.span.documentId && overlaps(e, p.a.span)) || (e.documentId === p.b.span.documentId && overlaps(e, p.b.span))));
    if (same) {
      for (const q of [p.a, p.b]) if (!same.evidence.some((e) => e.documentId === q.span.documentId && overlaps(e, q.span))) same.evidence.push(q.span);
      same.independentSources = countSources(same.evidence.map((e) => e.documentId), ctx.groupOf);
      continue;
    }
    const shorter = p.a.text.length <= p.b.text.length ? p.a : p.b;
    // The speaker as written where the quote is attributed, cited with it, so the claim's words are all in its evidence.
    const named = shorter.speakerSpan ? ctx.byId.get(shorter.speakerSpan.documentId)!.text.slice(shorter.speakerSpan.start, shorter.speakerSpan.end) : null;
    const who = named && /^\p{Lu}/u.test(named) ? named : null;
    const evidence = [p.a.span, p.b.span, ...(who ? [shorter.speakerSpan!] : [])];
    out.push({ claim: who ? `${who}: "${shorter.text}"` : `"${shorter.text}"`, evidence, independentSources: countSources([p.a.span.documentId, p.b.span.documentId], ctx.groupOf) });
  }
  return out;
}
