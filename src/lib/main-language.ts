/** @module main-language — the story's main language, and which documents are in it (only those can be compared). */
import type { Article } from '../core/types/index.ts';

const known = (lang: string) => lang && lang !== 'und';

/** The most common known language among documents (ties: the first seen), or null when none is known. */
export function mainLanguage(docs: readonly Article[]): string | null {
  const counts = new Map<string, number>();
  for (const d of docs) if (known(d.language)) counts.set(d.language, (counts.get(d.language) ?? 0) + 1);
  let best: string | null = null;
  for (const [lang, n] of counts) if (best === null || n > counts.get(best)!) best = lang;
  return best;
}

/** Documents in the main language (documents of unknown language are given the benefit of the doubt). */
export function inMainLanguage(docs: readonly Article[]): { compared: Article[]; other: Article[] } {
  const main = mainLanguage(docs);
  const same = (d: Article) => !main || !known(d.language) || d.language === main;
  return { compared: docs.filter(same), other: docs.filter((d) => !same(d)) };
}
