/** @module story — articles grouped by the event they report. */
import { z } from 'zod';

export const StorySchema = z.object({
  id: z.string(),
  title: z.string(),
  documentIds: z.array(z.string()),
  /** First and last publication day among members (YYYY-MM-DD), when known. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  outlets: z.array(z.string()),
  /** Most prominent entity names or key terms. */
  topTerms: z.array(z.string()),
  /** Provenance groups among the members (wire copy re-run by several outlets counts once), once analysed. */
  independentSources: z.number().int().nonnegative().optional(),
  /** Number of member documents (equals documentIds.length). */
  documentCount: z.number().int().nonnegative().optional(),
  /** Ids of earlier stories merged into this one, so ids stored from an earlier run still resolve. */
  mergedFrom: z.array(z.string()).optional(),
  /**
   * Present when the analysis read only some members (a story past the per-story bound): which ones, out of
   * how many, and how they were chosen. The report's findings rest on these documents alone.
   */
  sample: z.object({ documentIds: z.array(z.string()), of: z.number().int().nonnegative(), basis: z.string() }).optional(),
});
export type Story = z.infer<typeof StorySchema>;
