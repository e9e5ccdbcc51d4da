/** @module light-stem — a conservative English suffix stripper: plurals and possessives only. */

/**
 * Fold possessives and regular plurals to one form ("reports" → "report", "companies" → "company",
 * "Reid's" → "reid"), leaving words that only look plural ("bus", "crisis", "glass") alone.
 * Input is expected lower-cased. Deliberately weaker than Porter: merging "general" and "generate"
 * costs more in matching than missing "rescued"/"rescue" does.
 */
export function lightStem(word: string): string {
  let w = word;
  if (w.includes("'")) w = w.replace(/(?:'s?)+$/, '');
  if (w.length <= 3 || w.charCodeAt(w.length - 1) !== 115 /* s */ || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (/(?:sses|shes|ches|xes|zes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
