/** @module quote — direct, indirect and mixed speech with its speaker. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const QuoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  /** For direct quotes, verbatim `text.slice(span.start, span.end)`. */
  text: z.string(),
  span: SpanSchema,
  speakerId: z.string().nullable(),
  speaker: z.string().nullable(),
  cue: z.string().nullable(),
  /** Where the speaker is named in this document (the pronoun or name that attributes it). */
  speakerSpan: SpanSchema.nullable(),
  cueSpan: SpanSchema.nullable(),
  /** A direct quote split around its attribution ("“A,” he said, “B”"): the quoted pieces; `span` runs from the first to the last. */
  pieces: z.array(SpanSchema).optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;
