/**
 * @module find-agencies — news agencies named in a credit, dateline or byline, by their credit forms
 * (data/news-agencies.json). Forms written with capitals are matched as written ("AP", "PA", "dpa");
 * forms of six letters or more also in any case ("reuters"). Call only on credit-like text: "AP" or
 * "MAP" in running prose is no credit. Matching looks word n-grams up in maps (no big alternation).
 */
import data from '../../../../data/news-agencies.json' with { type: 'json' };

const key = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
const exact = new Map<string, string>();
const anyCase = new Map<string, string>();
/** Every lower-cased word prefix of a form ("agence", "agence france"): where a longer match may go on. */
const prefixes = new Set<string>();
for (const a of data.agencies) {
  for (const form of a.credits) {
    const k = key(form);
    exact.set(k, a.name);
    if (form.length >= 6) anyCase.set(k.toLowerCase(), a.name);
    const parts = k.toLowerCase().split(' ');
    for (let n = 1; n <= parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
  }
}

interface Hit { name: string; from: number; to: number }

/** Agency mentions as word-index ranges, longest form first at each position. */
function hits(s: string): { words: string[]; found: Hit[] } {
  const words = s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const found: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    let k = words[i]!;
    let best: Hit | null = null;
    for (let n = 1; i + n <= words.length && prefixes.has(k.toLowerCase()); n++) {
      const name = exact.get(k) ?? anyCase.get(k.toLowerCase());
      if (name) best = { name, from: i, to: i + n };
      if (i + n < words.length) k += ` ${words[i + n]}`;
      else break;
    }
    if (best) { found.push(best); i = best.to - 1; }
  }
  return { words, found };
}

/** Normalised names of the agencies named in `s`, in order of first mention, each once. */
export function findAgencies(s: string): string[] {
  return [...new Set(hits(s).found.map((h) => h.name))];
}

/** True when `s` is nothing but agency names, brackets, dashes and "and" ("(AP)", "— Reuters", "/PTI"). */
export function isOnlyAgencies(s: string): boolean {
  if (s.length > 60) return false; // the longest credit form is 39 characters
  const { words, found } = hits(s);
  if (!found.length) return false;
  const covered = found.reduce((n, h) => n + (h.to - h.from), 0);
  const ands = words.filter((w) => w.toLowerCase() === 'and').length;
  return covered + ands === words.length;
}
