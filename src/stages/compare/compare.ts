/**
 * @module compare — what the sources of one story agree on, where they differ, what only one says,
 * how they frame it, and what a careful reader would flag.
 *
 * Steps: documents in the story's main language → atomic claims per document → claims aligned
 * across documents by meaning → agreements (counted in provenance groups, so a re-run wire story is
 * one source) → conflicts (numbers, dates, actors, quote wording and attribution) → unique claims →
 * framing (reuse wording edits, names, verbs, headlines, voices) → source flags.
 */
import type { Article, Story, Extraction, ReuseResult, Comparison, SourceFlag } from '../../core/index.ts';
import { defaultCompareOptions, type CompareOptions } from './defaults.ts';
import type { CompareContext } from './compare-context.ts';
import { inMainLanguage } from '../../lib/main-language.ts';
import { provenanceIndex } from '../../lib/provenance-index.ts';
import { findClaims } from './claims/find-claims.ts';
import { alignClaims } from './align/align-claims.ts';
import { mergeConflicts } from './findings/merge-conflicts.ts';
import { findAgreements } from './findings/agreements.ts';
import { quoteAgreements } from './findings/quote-agreements.ts';
import { findUniqueClaims } from './findings/unique-claims.ts';
import { findNumberConflicts } from './findings/number-conflicts.ts';
import { findDateConflicts } from './findings/date-conflicts.ts';
import { findActorConflicts } from './findings/actor-conflicts.ts';
import { sharedQuotes, findQuoteConflicts, dedupeByGroup } from './findings/quote-conflicts.ts';
import { reuseWordingFraming } from './framing/reuse-wording.ts';
import { entityNameFraming } from './framing/entity-names.ts';
import { actionWordFraming } from './framing/action-words.ts';
import { headlineFraming } from './framing/headlines.ts';
import { voicesFraming } from './framing/voices.ts';
import { findGarbledAcronyms, findCutOffSentences, findDateContradictions, findQuoteMisattributions } from './flags/index.ts';

export interface CompareInput {
  story: Story;
  documents: Article[];
  extraction: Extraction;
  reuse: ReuseResult;
}

export interface CompareResult {
  comparison: Comparison;
  sourceFlags: SourceFlag[];
}

/** Build the shared context: claims of the comparable documents, aligned. */
export function buildContext(input: CompareInput, opts: CompareOptions): CompareContext {
  const inStory = new Set(input.story.documentIds);
  const docs = input.documents.filter((d) => inStory.has(d.id));
  const { compared } = inMainLanguage(docs.length ? docs : input.documents);
  const groupOf = provenanceIndex(compared.map((d) => d.id), input.reuse.provenance);
  const claims = compared.flatMap((d, i) => findClaims(d, i, input.extraction, opts));
  const alignment = alignClaims(claims, opts.alignThreshold, opts.topicThreshold, opts);
  return { documents: compared, byId: new Map(compared.map((d) => [d.id, d])), groupOf, claims, alignment, extraction: input.extraction, reuse: input.reuse, opts };
}

export function compare(input: CompareInput, options: Partial<CompareOptions> = {}): CompareResult {
  const opts: CompareOptions = { ...defaultCompareOptions, ...options };
  const ctx = buildContext(input, opts);
  const quotePairs = sharedQuotes(ctx);
  const conflicts = mergeConflicts([...findNumberConflicts(ctx), ...findDateConflicts(ctx), ...findActorConflicts(ctx), ...findQuoteConflicts(quotePairs)]);
  // A differently worded copy of one quote still agrees on what was said; other conflicts dispute the claim.
  const disputed = conflicts.filter((c) => !c.topic.startsWith('wording')).flatMap((c) => c.values.flatMap((v) => v.evidence));
  const agreements = findAgreements(ctx, disputed);
  const comparison: Comparison = {
    agreements: [...agreements, ...quoteAgreements(quotePairs, agreements, ctx)],
    conflicts,
    unique: findUniqueClaims(ctx, conflicts.flatMap((c) => c.values.flatMap((v) => v.evidence))),
    framing: [
      ...reuseWordingFraming(input.reuse.passages, ctx.byId),
      ...entityNameFraming(input.extraction.entities, ctx.byId, ctx.groupOf),
      ...actionWordFraming(ctx),
      ...headlineFraming(ctx.documents),
      ...voicesFraming(ctx.documents, input.extraction.quotes, input.extraction.entities),
    ],
  };
  const sourceFlags: SourceFlag[] = [
    ...ctx.documents.flatMap(findGarbledAcronyms),
    ...findCutOffSentences(ctx.documents),
    ...findDateContradictions(ctx.documents, input.extraction.times, opts.contradictoryDateDays),
    ...findQuoteMisattributions(dedupeByGroup(quotePairs, ctx.groupOf)),
  ];
  return { comparison, sourceFlags };
}
