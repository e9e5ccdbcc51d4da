/**
 * @module span — a cited stretch of one document's text.
 * `start`/`end` are JavaScript string offsets (UTF-16 code units) into that
 * document's `text`, so `text.slice(start, end)` is always the cited words.
 */
import { z } from 'zod';

export const SpanSchema = z.object({
  documentId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;
