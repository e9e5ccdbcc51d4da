/** @module voices — whose voices each outlet quotes, counted by the speaker's affiliation (country, organisation, side). */
import type { Comparison, Article, Entity, Quote } from '../../../core/index.ts';
import { sourceName } from '../../../lib/source-name.ts';

type Framing = Comparison['framing'][number];

const SPEAKERS = new Set(['person', 'organization', 'country']);

/**
 * The side a speaker stands for: the entity's stated affiliation; a country or organisation speaking for
 * itself; else a country or organisation named in the speaker's description ("China's UN Ambassador");
 * else the speaker's own name.
 */
export function affiliationOf(q: Quote, entities: ReadonlyMap<string, Entity>): string | null {
  const e = q.speakerId ? entities.get(q.speakerId) : undefined;
  if (!e) return q.speaker;
  const aff = e.affiliationId ? entities.get(e.affiliationId) : undefined;
  if (aff) return aff.name;
  if (e.type === 'country' || e.type === 'organization') return e.name;
  if (e.description) {
    const desc = e.description.toLowerCase();
    for (const other of entities.values()) {
      if (other.type !== 'country' && other.type !== 'organization') continue;
      if ([other.name, ...other.aliases].some((n) => n.length > 1 && new RegExp(`\\b${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(desc))) return other.name;
    }
  }
  return e.name;
}

/** One framing entry: per document, the quoted sides and how often each is quoted, citing the quotes. */
export function voicesFraming(docs: readonly Article[], quotes: readonly Quote[], entityList: readonly Entity[]): Framing[] {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  // Voices are people and bodies that speak: quotes whose speaker resolved to one. Split by document once
  // (in quote order), not filtered per document: a big story has thousands of each.
  const byDoc = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.speakerId || !SPEAKERS.has(entities.get(q.speakerId)?.type ?? '')) continue;
    (byDoc.get(q.span.documentId) ?? byDoc.set(q.span.documentId, []).get(q.span.documentId)!).push(q);
  }
  // A resolved speaker's side depends on its entity alone; found once per speaker (it may scan every entity).
  const sideOf = new Map<string, string | null>();
  const variants: Framing['variants'] = [];
  for (const doc of docs) {
    const own = byDoc.get(doc.id) ?? [];
    if (own.length === 0) continue;
    const counts = new Map<string, number>();
    for (const q of own) {
      if (!sideOf.has(q.speakerId!)) sideOf.set(q.speakerId!, affiliationOf(q, entities));
      const side = sideOf.get(q.speakerId!) ?? 'unnamed';
      counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([side, n]) => `${side} ${n}`).join(', ');
    variants.push({ text: `${sourceName(doc)}: ${summary}`, evidence: own.flatMap((q) => (q.speakerSpan ? [q.span, q.speakerSpan] : [q.span])) });
  }
  return variants.length >= 2 ? [{ concept: 'voices quoted, by affiliation', variants }] : [];
}
