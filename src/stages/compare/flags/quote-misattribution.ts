/** @module quote-misattribution — one quote attributed to different people by different outlets. */
import type { SourceFlag } from '../../../core/index.ts';
import type { QuotePair } from '../findings/quote-conflicts.ts';

export function findQuoteMisattributions(pairs: readonly QuotePair[]): SourceFlag[] {
  return pairs.filter((p) => p.speakerAgrees === false).map((p) => ({
    kind: 'quote-misattribution',
    message: `The same quote is attributed to ${p.a.speaker ?? 'an unnamed speaker'} in one source and to ${p.b.speaker ?? 'an unnamed speaker'} in another.`,
    evidence: [p.a.span, ...(p.a.speakerSpan ? [p.a.speakerSpan] : []), p.b.span, ...(p.b.speakerSpan ? [p.b.speakerSpan] : [])],
  }));
}
