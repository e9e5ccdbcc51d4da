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
  const variants: Framing['variants'] = [];
  for (const doc of docs) {
    // Voices are people and bodies that speak: quotes whose speaker resolved to one.
    const own = quotes.filter((q) => q.span.documentId === doc.id && q.speakerId && SPEAKERS.has(entities.get(q.speakerId)?.type ?? ''));
    if (own.length === 0) continue;
    const counts = new Map<string, number>();
    for (const q of own) {
      const side = affiliationOf(q, entities) ?? 'unnamed';
      counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([side, n]) => `${side} ${n}`).join(', ');
    variants.push({ text: `${sourceName(doc)}: ${summary}`, evidence: own.flatMap((q) => (q.speakerSpan ? [q.span, q.speakerSpan] : [q.span])) });
  }
  return variants.length >= 2 ? [{ concept: 'voices quoted, by affiliation', variants }] : [];
}
