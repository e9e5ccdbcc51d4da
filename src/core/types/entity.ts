/** @module entity — people, organisations, countries and places, merged across documents. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const EntityTypeSchema = z.enum(['person', 'organization', 'country', 'place', 'other']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  /** Role or title, if stated ("China's UN Ambassador"). */
  description: z.string().nullable(),
  affiliationId: z.string().nullable(),
  mentions: z.array(SpanSchema),
});
export type Entity = z.infer<typeof EntitySchema>;
