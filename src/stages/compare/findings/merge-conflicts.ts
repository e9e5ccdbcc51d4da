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
  // Span keys already pooled per value, kept across merges: rebuilding them per merge was quadratic in a big story.
  const seenOf = new Map<Conflict['values'][number], Set<string>>();
  for (const c of conflicts) {
    const key = c.topic + '\u0000' + c.values.map((v) => v.value.toLowerCase()).sort().join('\u0000');
    const have = byKey.get(key);
    if (!have) {
      byKey.set(key, { ...c, values: c.values.map((v) => ({ value: v.value, evidence: [...v.evidence] })) });
      continue;
    }
    for (const v of c.values) {
      const target = have.values.find((w) => w.value.toLowerCase() === v.value.toLowerCase())!;
      let seen = seenOf.get(target);
      if (!seen) seenOf.set(target, (seen = new Set(target.evidence.map(spanKey))));
      const added = v.evidence.filter((s) => !seen.has(spanKey(s)));
      target.evidence.push(...added);
      for (const s of added) seen.add(spanKey(s));
    }
  }
  return [...byKey.values()];
}
