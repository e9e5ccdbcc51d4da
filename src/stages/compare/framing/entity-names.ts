/** @module entity-names — the different words sources use for one entity ("Pyongyang", "the North", "North Korea"). */
import type { Comparison, Article, Entity } from '../../../core/index.ts';

type Framing = Comparison['framing'][number];

const key = (s: string) => s.toLowerCase().replace(/[\u2019']s$/, '').replace(/\s+/g, ' ').trim();

/**
 * For each entity named by two or more provenance groups, the forms some group uses and another
 * never does. Forms that are only part of the name ("Li" for "Li Jun") are shortening, not framing.
 */
export function entityNameFraming(entities: readonly Entity[], byId: ReadonlyMap<string, Article>, groupOf: ReadonlyMap<string, string>): Framing[] {
  const out: Framing[] = [];
  for (const e of entities) {
    const full = key(e.name);
    const forms = new Map<string, { text: string; groups: Set<string>; evidence: Entity['mentions'] }>();
    for (const m of e.mentions) {
      const doc = byId.get(m.documentId);
      if (!doc) continue;
      const text = doc.text.slice(m.start, m.end);
      const k = key(text);
      if (full.includes(k) && k !== full) continue;
      const f = forms.get(k) ?? forms.set(k, { text, groups: new Set(), evidence: [] }).get(k)!;
      f.groups.add(groupOf.get(m.documentId) ?? m.documentId);
      if (f.evidence.length < 3) f.evidence.push(m);
    }
    const allGroups = new Set([...forms.values()].flatMap((f) => [...f.groups]));
    if (allGroups.size < 2 || forms.size < 2) continue;
    const partial = [...forms.values()].filter((f) => f.groups.size < allGroups.size);
    if (partial.length === 0) continue;
    out.push({ concept: `names for ${e.name}`, variants: [...forms.values()].map((f) => ({ text: f.text, evidence: f.evidence })) });
  }
  return out;
}
