/**
 * @module extract/entities/role-phrase — the role or title stated beside a name: before it ("China's UN
 * Ambassador X", "US Ambassador to the UN X", "Russia's ambassador, X") or after it ("X, China's ambassador to
 * the United Nations,"), with the country or organisation it makes the person belong to.
 */
import type { WordToken } from '../../../lib/text/word-tokens.ts';
import { ROLE_MODIFIERS } from './gazetteer.ts';
import type { Segment } from './find.ts';

export interface RolePhrase {
  start: number;
  end: number;
  /** Canonical gazetteer name of the affiliation (a demonym gives its country). */
  affiliation: string | null;
  /** Gazetteer segments inside the phrase (China, UN): still mentions of their own entities. */
  segments: Segment[];
}

const CONNECTORS = new Set(['to', 'the', 'at', 'of', 'for', 'in']);
const POSSESSIVE = /^['\u2019]s$/;

const affiliationOf = (s: Segment): string | null =>
  s.entry ? (s.entry.form === 'demonym' || s.entry.form === 'capital' ? s.entry.country ?? null : s.entry.type === 'place' ? null : s.entry.name) : null;

/** The role phrase ending right before token `first` (optionally across one comma), or null. */
export function roleBefore(tokens: WordToken[], segAt: (Segment | undefined)[], first: number, maxTokens: number): RolePhrase | null {
  let j = first - 1;
  if (tokens[j]?.text === ',') j--;
  let leftmost = -1;
  let sawRole = false;
  const inner: Segment[] = [];
  let affiliation: string | null = null;
  let firstAffiliation: string | null = null;
  while (j >= 0 && first - j <= maxTokens) {
    const t = tokens[j]!;
    const seg = segAt[j];
    if (seg && (seg.kind === 'role' || seg.kind === 'modifier')) {
      sawRole ||= seg.kind === 'role';
      leftmost = seg.first;
      j = seg.first - 1;
      continue;
    }
    if (seg?.kind === 'gazetteer' && (seg.entry?.type !== 'place' || seg.entry.form === 'capital')) {
      inner.push(seg);
      const a = affiliationOf(seg);
      if (a) { affiliation = a; firstAffiliation ??= a; }
      leftmost = seg.first;
      j = seg.first - 1;
      continue;
    }
    if (POSSESSIVE.test(t.text) && segAt[j - 1]?.kind === 'gazetteer') { j--; continue; }
    if (ROLE_MODIFIERS.has(t.text.toLowerCase()) && t.word) { leftmost = j; j--; continue; }
    if (CONNECTORS.has(t.text) && sawRole === false && leftmost >= 0) { j--; continue; }
    break;
  }
  if (!sawRole || leftmost < 0) return null;
  // A phrase never starts with a connector, and the comma case needs the role right before the comma.
  const end = tokens[first - 1]?.text === ',' ? tokens[first - 2]!.end : tokens[first - 1]!.end;
  // The leftmost affiliation is the person's own ("US Ambassador to the UN": the US); a lone one after the role
  // ("Ambassador to the UN") is the organisation served.
  void firstAffiliation;
  return { start: tokens[leftmost]!.start, end, affiliation, segments: inner.filter((s) => s.start >= tokens[leftmost]!.start) };
}

/** An appositive role after the name: `X, (a|the)? ... role ... ,` within `maxTokens`, or null. */
export function roleAfter(tokens: WordToken[], segAt: (Segment | undefined)[], last: number, maxTokens: number): RolePhrase | null {
  if (tokens[last + 1]?.text !== ',') return null;
  let j = last + 2;
  if (/^(a|an|the)$/i.test(tokens[j]?.text ?? '')) j++;
  const begin = j;
  let sawRoleAt = -1;
  let affiliation: string | null = null;
  const inner: Segment[] = [];
  for (; j < tokens.length && j - begin < maxTokens; j++) {
    const t = tokens[j]!;
    const seg = segAt[j];
    if (!t.word && !POSSESSIVE.test(t.text) && t.text !== '-') break;
    if (seg?.kind === 'name') return null;
    if (seg?.kind === 'role' && sawRoleAt < 0) sawRoleAt = j;
    if (seg?.kind === 'gazetteer') {
      inner.push(seg);
      affiliation ??= affiliationOf(seg);
      j = seg.last;
    }
  }
  if (sawRoleAt < 0 || sawRoleAt - begin > 5 || j === begin) return null;
  const stop = tokens[j]?.text;
  if (stop !== undefined && stop !== ',' && stop !== '.' && stop !== ';' && !/^["\u201D\u201C]$/.test(stop)) return null;
  return { start: tokens[begin]!.start, end: tokens[j - 1]!.end, affiliation, segments: inner };
}
