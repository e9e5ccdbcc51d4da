/** @module reuse — text shared between documents, and who copied whom. */
import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const EditSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** wording | number | date | attribution | spelling | addition | removal */
  kind: z.string(),
});
export type Edit = z.infer<typeof EditSchema>;

export const ReusePassageSchema = z.object({
  a: SpanSchema,
  b: SpanSchema,
  similarity: z.number().min(0).max(1),
  /** "a<-b": a copied from b; "a->b": b copied from a. */
  direction: z.enum(['a<-b', 'a->b', 'unknown']),
  edits: z.array(EditSchema),
});
export type ReusePassage = z.infer<typeof ReusePassageSchema>;

/** Documents grouped by provenance: a wire story and its re-runs form one group (one independent source). */
export const ProvenanceSchema = z.object({
  groups: z.array(z.object({
    id: z.string(),
    documentIds: z.array(z.string()),
    /** The inferred original, when the evidence allows. */
    originalId: z.string().nullable(),
    /** Agency credited by the group's members, if any. */
    wire: z.string().nullable(),
  })),
  /** Near-duplicate documents (whole-document copies). */
  duplicates: z.array(z.object({ documentId: z.string(), duplicateOf: z.string(), similarity: z.number() })),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** What the reuse stage returns for a set of documents. */
export interface ReuseResult {
  passages: ReusePassage[];
  provenance: Provenance;
}
