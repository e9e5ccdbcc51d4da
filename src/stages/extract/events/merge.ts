/**
 * @module events/merge — mentions of the same happening become one event: same type (or merge group),
 * dates that can coincide, and the same actors (within a document an actorless mention joins its type's
 * event; across documents actorless mentions need sentences that share enough words).
 */
import { UnionFind } from '../../../lib/graph/union-find.ts';
import { groupOf } from './lexicon.ts';
import type { EventMention } from './parse.ts';

const overlaps = (a: EventMention, b: EventMention) =>
  (a.earliest == null || b.latest == null || a.earliest <= b.latest) && (b.earliest == null || a.latest == null || b.earliest <= a.latest);

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

/** Speech acts belong to their speaker; other happenings of one type told as on the same few days are one. */
const PERSONAL = new Set(['statement', 'announcement']);
const sameStatedDays = (a: EventMention, b: EventMention) => !PERSONAL.has(a.type) && a.time != null && b.time != null
  && a.earliest != null && a.earliest === b.earliest && a.latest === b.latest
  && (a.latest! - a.earliest <= 7 || a.time.text.toLowerCase() === b.time.text.toLowerCase());

/** "the vote", "that attack": an undated definite mention refers back to the event of its type told earlier. */
const anaphoric = (later: EventMention, earlier: EventMention) => later.time == null && earlier.trigger.start < later.trigger.start
  && /\b(?:the|this|that)\s+$/i.test(later.doc.text.slice(Math.max(0, later.trigger.start - 6), later.trigger.start));

export function sameEvent(a: EventMention, b: EventMention, wordOverlap: number): boolean {
  if (groupOf(a.type) !== groupOf(b.type) || !overlaps(a, b)) return false;
  const shared = a.actorIds.some((id) => b.actorIds.includes(id));
  if (a.doc.id === b.doc.id) return shared || !a.actorIds.length || !b.actorIds.length || sameStatedDays(a, b) || anaphoric(a, b) || anaphoric(b, a);
  if (shared) return true;
  if (a.actorIds.length && b.actorIds.length) return false;
  return jaccard(a.words, b.words) >= wordOverlap;
}

/** Groups of mention indexes, each one event. */
export function mergeMentions(mentions: EventMention[], wordOverlap: number): number[][] {
  const uf = new UnionFind<number>();
  // Only mentions of one merge group can be the same event: compare within each group.
  const byGroup = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const key = groupOf(m.type);
    const members = byGroup.get(key);
    if (members) members.push(i);
    else byGroup.set(key, [i]);
  });
  for (const members of byGroup.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        if (sameEvent(mentions[i]!, mentions[j]!, wordOverlap)) uf.union(i, j);
      }
    }
  }
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const root = uf.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

/** The days an event (a group of mentions) can be on: reliable mentions intersected first, then each other one where it still fits. */
export function eventInterval(members: EventMention[]): { earliest: number | null; latest: number | null } {
  const dated = members.filter((m) => m.earliest != null || m.latest != null);
  const order = [...dated.filter((m) => m.reliable), ...dated.filter((m) => !m.reliable && m.time), ...dated.filter((m) => !m.time)];
  let lo: number | null = null;
  let hi: number | null = null;
  for (const m of order) {
    const nlo: number | null = m.earliest == null ? lo : lo == null ? m.earliest : Math.max(lo, m.earliest);
    const nhi: number | null = m.latest == null ? hi : hi == null ? m.latest : Math.min(hi, m.latest);
    if (nlo == null || nhi == null || nlo <= nhi) { lo = nlo; hi = nhi; }
  }
  return { earliest: lo, latest: hi };
}
