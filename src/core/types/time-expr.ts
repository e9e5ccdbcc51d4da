/** @module time-expr — a time expression resolved against its document's date. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const TimeExprSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  kind: z.enum(['date', 'time', 'duration', 'set']),
  /** TimeML TIMEX3 value at its own precision ("2019-11-16", "2019-02", "2013-W11", "PRESENT_REF", "P1M"), or null. */
  value: z.string().nullable(),
  /** The days it covers (YYYY-MM-DD); an interval when the anchor date is uncertain. */
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
});
export type TimeExpr = z.infer<typeof TimeExprSchema>;
