/** @module reuse/independent-sources — how many independent sources a set of documents amounts to. */
import type { Provenance } from '../../core/index.ts';

/** documentId → its provenance group id (a document in no group is its own group). */
export function groupOf(provenance: Provenance): (documentId: string) => string {
  const byDoc = new Map<string, string>();
  for (const g of provenance.groups) for (const id of g.documentIds) byDoc.set(id, g.id);
  return (documentId) => byDoc.get(documentId) ?? documentId;
}

/** Distinct provenance groups among the documents: two outlets running one wire story count once. */
export function independentSources(documentIds: Iterable<string>, provenance: Provenance): number {
  const group = groupOf(provenance);
  return new Set([...documentIds].map(group)).size;
}
