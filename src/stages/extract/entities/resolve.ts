/**
 * @module extract/entities/resolve — merges typed mentions into entities within and across documents: a
 * surname or initial after a full name, gazetteer aliases ("U.S.", "US", "America"), capitals standing for
 * their governments, "the North" where North Korea is named; untyped runs take the type the rest of the
 * documents give the same words. Ids hash the entity's type and canonical key, so they are stable.
 */
import type { Entity, EntityType, Span } from '../../../core/index.ts';
import { shortHash } from '../../../lib/hash/content-id.ts';
import { FAMILY_FIRST, GIVEN_NAMES, lookup } from './gazetteer.ts';
import { NAME_SUFFIXES } from './lexicon.ts';
import type { MentionCandidate } from './parse.ts';
import type { EntityOptions } from './defaults.ts';

export interface DocMentions {
  documentId: string;
  text: string;
  mentions: MentionCandidate[];
}

interface Cluster {
  type: EntityType;
  key: string;
  surfaces: Map<string, number>;
  mentions: Span[];
  description: string | null;
  affiliation: string | null;
  order: number;
}

const folded = new Map<string, string>();
/** Case-, accent- and spacing-free key; memoised (names repeat). */
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\u2019/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
    if (folded.size > 50_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}
const nameWords = (s: string) => s.split(/[\s.]+/).filter((w) => w && !NAME_SUFFIXES.has(w));

/** The family name of a full personal name: first for "Li Jun", last for "Joon Park". */
export function surnameOf(name: string): string {
  const w = nameWords(name);
  if (!w.length) return name;
  if (w.length === 2 && FAMILY_FIRST.has(w[0]!.toLowerCase()) && !GIVEN_NAMES.has(w[0]!.toLowerCase())) return w[0]!;
  return w[w.length - 1]!;
}

/** Merge every document's mentions into entities, in order of first mention. */
export function resolveMentions(docs: DocMentions[], opts: EntityOptions): Entity[] {
  const clusters = new Map<string, Cluster>();
  let order = 0;
  const clusterFor = (type: EntityType, key: string) => {
    const id = `${type}:${fold(key)}`;
    let c = clusters.get(id);
    if (!c) clusters.set(id, (c = { type, key, surfaces: new Map(), mentions: [], description: null, affiliation: null, order: order++ }));
    return c;
  };
  const add = (c: Cluster, doc: DocMentions, m: MentionCandidate) => {
    c.mentions.push({ documentId: doc.documentId, start: m.start, end: m.end });
    const surface = m.alias ?? m.surface;
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    if (m.role && !c.description) {
      c.description = doc.text.slice(m.role.start, m.role.end);
      c.affiliation = m.role.affiliation ?? c.affiliation;
    }
    if (m.affiliation && !c.affiliation) c.affiliation = m.affiliation;
  };

  // Full personal names first (over all documents), so a later surname anywhere can find them.
  const fullNames = new Map<string, string>(); // folded full name → cluster key
  for (const doc of docs) for (const m of doc.mentions) {
    // "P. Raman" is no full name of its own: it joins "Priya Raman" when the document has it.
    if (m.type === 'person' && nameWords(m.surface).length >= 2 && !/^\p{Lu}\.?$/u.test(nameWords(m.surface)[0]!)) fullNames.set(fold(m.surface), m.surface);
  }
  const bySurname = new Map<string, Set<string>>();
  for (const [folded, key] of fullNames) {
    const s = fold(surnameOf(key));
    if (!bySurname.has(s)) bySurname.set(s, new Set());
    bySurname.get(s)!.add(folded);
  }
  // Types that the documents give a surface elsewhere, for untyped runs.
  const typed = new Map<string, EntityType>();
  for (const doc of docs) for (const m of doc.mentions) if (m.type !== 'unknown' && !typed.has(fold(m.surface))) typed.set(fold(m.surface), m.type);

  for (const doc of docs) {
    const plainly = new Set(doc.mentions.filter((m) => !m.needsContext && m.type === 'country').map((m) => m.key));
    const localFull = new Set(doc.mentions.filter((m) => m.type === 'person').map((m) => fold(m.surface)).filter((f) => fullNames.has(f)));
    // "Grant" after "Grant Hollister": a person the story calls by first name (or a leader called by his given name).
    let firstNames: Set<string> | null = null;
    for (const p of doc.mentions) {
      if (p.type !== 'person' || !p.surface.includes(' ')) continue;
      const first = fold(p.surface.slice(0, p.surface.indexOf(' ')));
      if (first.length > 2 && (p.strong || GIVEN_NAMES.has(first))) (firstNames ??= new Set()).add(first);
    }
    for (const m of doc.mentions) {
      if (m.needsContext && !plainly.has(m.key)) continue;
      const person = personKey(m, fullNames, bySurname, localFull);
      if (person) { add(clusterFor('person', person), doc, m); continue; }
      // "Yeltsin" where both "Boris Yeltsin" and "Naina Yeltsin" are named: a person, though which one is unclear.
      if (m.type === 'unknown' && !/\s/.test(m.surface) && (bySurname.has(fold(m.surface)) || firstNames?.has(fold(m.surface))) && !lookup(m.surface)) { add(clusterFor('person', m.surface), doc, m); continue; }
      let type = m.type;
      const multiWord = /\s/.test(m.surface);
      if (type === 'unknown') type = typed.get(fold(m.surface)) ?? (m.common ? 'unknown' : opts.keepUntyped === 'all' || (opts.keepUntyped === 'multiword' && multiWord) ? opts.untypedAs : 'unknown');
      if (type === 'unknown') continue;
      if (type === 'person') { add(clusterFor('person', m.surface), doc, m); continue; }
      add(clusterFor(type, m.key), doc, m);
    }
  }
  mergeAcronyms(clusters);
  return toEntities(clusters);
}

/** The full name a person mention belongs to: itself, or the full name whose surname or initial it gives. */
function personKey(m: MentionCandidate, fullNames: Map<string, string>, bySurname: Map<string, Set<string>>, localFull: Set<string>): string | null {
  if (m.type !== 'person' && m.type !== 'unknown') return null;
  const f = fold(m.surface);
  if (fullNames.has(f)) return fullNames.get(f)!;
  const w = nameWords(m.surface);
  if (!w.length) return null;
  const candidates = [...(bySurname.get(fold(w[w.length - 1]!)) ?? [])];
  if (w.length === 1 && lookup(m.surface)) return null;
  let pick = candidates;
  if (w.length === 2 && /^\p{Lu}$/u.test(w[0]!)) pick = candidates.filter((c) => c.startsWith(w[0]!.toLowerCase()));
  else if (w.length > 1) return null;
  const local = pick.filter((c) => localFull.has(c));
  const chosen = local.length === 1 ? local[0] : pick.length === 1 ? pick[0] : undefined;
  return chosen ? fullNames.get(chosen)! : null;
}

/** "IAEA" written alone joins "International Atomic Energy Agency" when the gazetteer did not already tie them. */
function mergeAcronyms(clusters: Map<string, Cluster>): void {
  const orgs = [...clusters.entries()].filter(([, c]) => c.type === 'organization' || c.type === 'other');
  const byInitials = new Map<string, string>();
  for (const [id, c] of orgs) {
    const words = c.key.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 2) byInitials.set(words.map((w) => w[0]).join(''), id);
  }
  for (const [id, c] of orgs) {
    const target = /^\p{Lu}{2,6}$/u.test(c.key) ? byInitials.get(c.key) : undefined;
    if (!target || target === id) continue;
    const into = clusters.get(target)!;
    into.mentions.push(...c.mentions);
    for (const [s, n] of c.surfaces) into.surfaces.set(s, (into.surfaces.get(s) ?? 0) + n);
    into.order = Math.min(into.order, c.order);
    clusters.delete(id);
  }
}

function toEntities(clusters: Map<string, Cluster>): Entity[] {
  const idOf = new Map<string, string>();
  for (const c of clusters.values()) idOf.set(`${c.type}:${fold(c.key)}`, `ent-${shortHash(`${c.type}:${fold(c.key)}`, 10)}`);
  const byName = new Map<string, string>();
  for (const c of clusters.values()) if (c.type !== 'person') byName.set(fold(c.key), idOf.get(`${c.type}:${fold(c.key)}`)!);
  return [...clusters.values()]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const name = c.type === 'person' ? longestName(c) : c.key;
      return {
        id: idOf.get(`${c.type}:${fold(c.key)}`)!,
        name,
        type: c.type,
        aliases: [...c.surfaces.keys()].filter((s) => s !== name).sort(),
        description: c.description,
        affiliationId: c.affiliation ? byName.get(fold(c.affiliation)) ?? null : null,
        mentions: c.mentions,
      };
    });
}

function longestName(c: Cluster): string {
  let best = c.key;
  for (const s of c.surfaces.keys()) if (nameWords(s).length > nameWords(best).length) best = s;
  return best;
}
