/** @module merge-conflicts — one entry per disagreement, however many copies of each side there are. */
import type { Comparison, Span } from '../../../core/index.ts';

type Conflict = Comparison['conflicts'][number];

const spanKey = (s: Span) => `${s.documentId}:${s.start}:${s.end}`;

/**
 * Merge conflicts with the same topic and the same set of values (a wire copy re-run by two outlets
 * disagrees with a third source once, not twice); their evidence is pooled, without repeats.
 */
export function mergeConflicts(conflicts: readonly Conflict[]): Conflict[] {
  const byKey = new Map<string, Conflict>();
  for (const c of conflicts) {
    const key = c.topic + '\u0000' + c.values.map((v) => v.value.toLowerCase()).sort().join('\u0000');
    const have = byKey.get(key);
    if (!have) {
      byKey.set(key, { ...c, values: c.values.map((v) => ({ value: v.value, evidence: [...v.evidence] })) });
      continue;
    }
    for (const v of c.values) {
      const target = have.values.find((w) => w.value.toLowerCase() === v.value.toLowerCase())!;
      const seen = new Set(target.evidence.map(spanKey));
      for (const s of v.evidence) if (!seen.has(spanKey(s))) target.evidence.push(s);
    }
  }
  return [...byKey.values()];
}
