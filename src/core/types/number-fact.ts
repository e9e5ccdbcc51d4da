/** @module number-fact — a number stated in a document, with what it counts. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const NumberFactSchema = z.object({
  value: z.number(),
  unit: z.string().nullable(),
  /** What it counts, in words. */
  what: z.string(),
  span: SpanSchema,
});
export type NumberFact = z.infer<typeof NumberFactSchema>;
