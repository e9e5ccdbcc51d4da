/** @module reuse-wording — words an outlet changed in text it otherwise copied (reuse edits of kind "wording"). */
import type { Comparison, Span, ReusePassage, Article } from '../../../core/index.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';

type Framing = Comparison['framing'][number];

/** Where `words` stand inside `within` (first occurrence, whole words), as a span; null when absent. */
export function locate(doc: Article, within: Span, words: string): Span | null {
  if (!words.trim()) return null;
  const hay = doc.text.slice(within.start, within.end);
  const m = wholeWords(words).exec(hay);
  return m ? { documentId: doc.id, start: within.start + m.index, end: within.start + m.index + m[0].length } : null;
}

/** The pattern of `words` as whole words, any white space between them. Compiled once per phrase: copies repeat the same edits. */
function wholeWords(words: string): RegExp {
  let re = PATTERNS.get(words);
  if (!re) {
    const esc = words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u');
    if (PATTERNS.size >= 10_000) PATTERNS.clear();
    PATTERNS.set(words, re);
  }
  return re;
}
const PATTERNS = new Map<string, RegExp>();

/** An edit side without the function words at its edges ("security operation in" → "security operation"). */
export function trimEdit(words: string): string {
  const ws = words.trim().split(/\s+/);
  while (ws.length > 1 && isFunctionWord(ws[ws.length - 1]!)) ws.pop();
  while (ws.length > 1 && isFunctionWord(ws[0]!)) ws.shift();
  return ws.join(' ');
}

/** One side is the initials of the other ("UN" / "United Nations"): an abbreviation, not a choice of words. */
function abbreviation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const initials = long.split(/\s+/).filter((w) => !isFunctionWord(w)).map((w) => w[0]).join('').toUpperCase();
  return /^[A-Z.]+$/.test(short) && short.replace(/\./g, '') === initials;
}

/** A wording edit worth showing: short on both sides, on one line, not only function words, not an abbreviation. */
const words = (s: string) => s.split(/\s+/).filter(Boolean);

function worthShowing(from: string, to: string, maxWords: number): boolean {
  if (/\n/.test(from + to) || words(from).length > maxWords || words(to).length > maxWords) return false;
  if (words(from).every(isFunctionWord) || words(to).every(isFunctionWord)) return false;
  return !abbreviation(from, to);
}

/** One framing entry per wording edit, each side cited where its words stand in the reused passage. */
export function reuseWordingFraming(passages: readonly ReusePassage[], byId: ReadonlyMap<string, Article>, maxWords = 6): Framing[] {
  const out: Framing[] = [];
  const seen = new Set<string>();
  for (const p of passages) {
    const da = byId.get(p.a.documentId), db = byId.get(p.b.documentId);
    if (!da || !db) continue;
    for (const e of p.edits) {
      if (e.kind !== 'wording') continue;
      const from = trimEdit(e.from), to = trimEdit(e.to);
      if (!worthShowing(from, to, maxWords)) continue;
      let sa = locate(da, p.a, from), sb = locate(db, p.b, to);
      if (!sa || !sb) { sa = locate(da, p.a, to); sb = locate(db, p.b, from); }
      if (!sa || !sb) continue;
      const ta = da.text.slice(sa.start, sa.end), tb = db.text.slice(sb.start, sb.end);
      const key = [ta, tb].sort().join('|').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ concept: `wording in shared copy: "${ta}" / "${tb}"`, variants: [{ text: ta, evidence: [sa] }, { text: tb, evidence: [sb] }] });
    }
  }
  return out;
}
