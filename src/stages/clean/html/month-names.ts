/**
 * @module clean/html/month-names — month names (long and short, nominative and in-date forms) in the
 * languages news is commonly written in, generated from the runtime's ICU data (Intl) rather than typed in.
 */

const LOCALES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk', 'hu', 'ro', 'hr', 'sl',
  'sr-Latn', 'bs', 'tr', 'ru', 'uk', 'bg', 'el', 'ca', 'eu', 'gl', 'id', 'ms', 'lt', 'lv', 'et', 'is', 'ga', 'cy', 'af', 'sq', 'vi', 'tl',
];

let table: Map<string, number> | null = null;

/** Lowercased month word (without a trailing dot) → month 1..12. */
export function monthNames(): Map<string, number> {
  if (table) return table;
  const t = new Map<string, number>();
  const add = (word: string, month: number) => {
    const w = word.toLowerCase().replace(/\.$/, '').trim();
    if (w.length >= 3 && !/\d/.test(w) && !t.has(w)) t.set(w, month);
  };
  for (const loc of LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(loc, { month: style, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(loc, { month: style, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2001, m, 15));
        add(alone.format(d), m + 1);
        const part = inDate.formatToParts(d).find((p) => p.type === 'month');
        if (part) add(part.value, m + 1);
      }
    }
  }
  // common abbreviations ICU spells differently ("Sept", "Okt")
  for (const [w, m] of [['sept', 9], ['sep', 9], ['okt', 10], ['mrz', 3], ['märz', 3], ['juni', 6], ['juli', 7]] as const) add(w, m);
  table = t;
  return t;
}
