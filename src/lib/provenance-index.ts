/** @module provenance-index — which independent source (provenance group) each document belongs to. */
import type { Provenance } from '../core/types/index.ts';

/**
 * Document id → provenance group id. Documents the reuse stage did not group form their own group;
 * a near-duplicate joins the group of the document it duplicates.
 */
export function provenanceIndex(documentIds: readonly string[], provenance: Provenance): Map<string, string> {
  const group = new Map<string, string>();
  for (const g of provenance.groups) for (const d of g.documentIds) group.set(d, g.id);
  for (const dup of provenance.duplicates) {
    const target = group.get(dup.duplicateOf) ?? dup.duplicateOf;
    group.set(dup.documentId, target);
    if (!group.has(dup.duplicateOf)) group.set(dup.duplicateOf, target);
  }
  for (const d of documentIds) if (!group.has(d)) group.set(d, 'doc:' + d);
  return group;
}

/** How many independent sources stand behind a set of documents. */
export function countSources(documentIds: Iterable<string>, groupOf: ReadonlyMap<string, string>): number {
  return new Set([...documentIds].map((d) => groupOf.get(d) ?? d)).size;
}
