/** @module brief — a short account of a story whose every sentence cites its spans. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const BriefSchema = z.object({
  storyId: z.string(),
  sentences: z.array(z.object({ text: z.string(), citations: z.array(SpanSchema) })),
});
export type Brief = z.infer<typeof BriefSchema>;
