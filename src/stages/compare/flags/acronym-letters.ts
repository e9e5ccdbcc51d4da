/** @module acronym-letters — whether an acronym's letters can be read off an expansion (Schwartz & Hearst, 2003). */

/**
 * Schwartz–Hearst match: walking both strings from the end, every letter of the acronym is found in
 * the expansion in order, and the acronym's first letter starts a word. "NYAG" fits
 * "New York Attorney General"; "UNCS" does not fit "United Nations Security Council".
 */
export function lettersFit(acronym: string, expansion: string): boolean {
  const a = acronym.replace(/s$/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const e = expansion.toLowerCase();
  let i = a.length - 1;
  let j = e.length - 1;
  while (i >= 0) {
    const c = a[i]!;
    while (j >= 0 && (e[j] !== c || (i === 0 && j > 0 && /[a-z0-9]/.test(e[j - 1]!)))) j--;
    if (j < 0) return false;
    i--;
    j--;
  }
  return true;
}

/** The initials of an expansion's content words ("United Nations Security Council" → "unsc"). */
export function initials(words: readonly string[]): string {
  return words.map((w) => w[0]!.toLowerCase()).join('');
}
