/** @module stem-word — a light English suffix stripper, enough to match "launches" with "launch" and "voted" with "votes". */

/**
 * Lower-case and strip common inflections (plural -s/-es/-ies, -ed, -ing, possessive 's, final -e),
 * so that forms of one word meet in one key. Deliberately light: words of three letters or fewer stay
 * as they are, and the key is for matching only, never for display.
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/\u2019/g, "'").replace(/'s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3).replace(/([^aeiou])\1$/, '$1');
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2).replace(/([^aeiou])\1$/, '$1');
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
