/**
 * @module report — the report contract (schema `synoptic.report/1`), as zod.
 * Fields keep their names and meanings; new fields may be added, none renamed
 * or removed without bumping `schema`. docs/report.schema.json is generated from this.
 */
import { z } from 'zod';
import { ArticleSchema } from './article.ts';
import { StorySchema } from './story.ts';
import { EntitySchema } from './entity.ts';
import { QuoteSchema } from './quote.ts';
import { NumberFactSchema } from './number-fact.ts';
import { TimeExprSchema } from './time-expr.ts';
import { EventSchema } from './event.ts';
import { ReusePassageSchema, ProvenanceSchema } from './reuse.ts';
import { ComparisonSchema, SourceFlagSchema } from './claim.ts';
import { BriefSchema } from './brief.ts';

export const REPORT_SCHEMA_ID = 'synoptic.report/1';

export const ProblemSchema = z.object({ path: z.string(), error: z.string() });
export type Problem = z.infer<typeof ProblemSchema>;

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  generatedAt: z.string(),
  problems: z.array(ProblemSchema),
  documents: z.array(ArticleSchema),
  stories: z.array(StorySchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  numbers: z.array(NumberFactSchema),
  times: z.array(TimeExprSchema),
  events: z.array(EventSchema),
  reuse: z.array(ReusePassageSchema),
  provenance: ProvenanceSchema,
  comparison: ComparisonSchema,
  sourceFlags: z.array(SourceFlagSchema),
  briefs: z.array(BriefSchema),
});
export type Report = z.infer<typeof ReportSchema>;
