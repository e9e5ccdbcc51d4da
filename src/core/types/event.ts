/** @module event — who did what, when, with its evidence. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const EventDateSchema = z.object({
  date: z.string().nullable(),
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
});

export const EventSchema = z.object({
  id: z.string(),
  /** vote, veto, test, launch, statement, sanction, meeting, attack, ... */
  type: z.string(),
  summary: z.string(),
  actorIds: z.array(z.string()),
  date: EventDateSchema,
  evidence: z.array(SpanSchema),
});
export type Event = z.infer<typeof EventSchema>;
