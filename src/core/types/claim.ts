/** @module claim — what the sources say, compared. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

/** Every comparison entry names the story it belongs to (a report may hold several). */
const storyId = z.string().optional();

export const AgreementSchema = z.object({
  storyId,
  claim: z.string(),
  evidence: z.array(SpanSchema),
  independentSources: z.number().int().nonnegative(),
});
export const ConflictSchema = z.object({
  storyId,
  topic: z.string(),
  values: z.array(z.object({ value: z.string(), evidence: z.array(SpanSchema) })),
});
export const UniqueClaimSchema = z.object({ storyId, documentId: z.string(), claim: z.string(), evidence: z.array(SpanSchema) });
export const FramingSchema = z.object({
  storyId,
  concept: z.string(),
  variants: z.array(z.object({ text: z.string(), evidence: z.array(SpanSchema) })),
});
export const ComparisonSchema = z.object({
  agreements: z.array(AgreementSchema),
  conflicts: z.array(ConflictSchema),
  unique: z.array(UniqueClaimSchema),
  framing: z.array(FramingSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const SourceFlagSchema = z.object({
  storyId,
  /** garbled-acronym | cut-off-sentence | date-contradiction | quote-misattribution | ... */
  kind: z.string(),
  message: z.string(),
  evidence: z.array(SpanSchema),
});
export type SourceFlag = z.infer<typeof SourceFlagSchema>;
