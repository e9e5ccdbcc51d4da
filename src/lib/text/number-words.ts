/** @module number-words — English numbers written in words ("twenty-four", "a dozen", "1.5 million") to values. */

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
};
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
/** Words that stand for a number on their own. */
export const COUNT_WORDS: Record<string, number> = { dozen: 12, dozens: 24, score: 20, half: 0.5, couple: 2, pair: 2 };

const WORD_ALT = [...Object.keys(UNITS), ...Object.keys(TENS)].sort((a, b) => b.length - a.length).join('|');
/** A regex source matching a cardinal in words, e.g. "twenty-four", "one hundred and six", "three thousand". */
export const CARDINAL_WORDS_SOURCE =
  `(?:(?:${WORD_ALT})(?:[- ](?:${WORD_ALT}))?(?:(?: and)? (?:hundred|thousand|million|billion|trillion)(?:(?: and)? (?:${WORD_ALT})(?:[- ](?:${WORD_ALT}))?)?)*)`;
/** A regex source matching a digit number: "13", "1,500", "1.5", "2.5m" is not included (scale separate). */
export const DIGITS_SOURCE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** Value of a cardinal written in words (and/or digits with scale words); null when it is not one. */
export function parseCardinal(text: string): number | null {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and' && w !== 'a' && w !== 'an');
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const digits = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(w) ? Number(w.replace(/,/g, '')) : null;
    if (digits != null) { current += digits; seen = true; continue; }
    if (w in UNITS) { current += UNITS[w]!; seen = true; continue; }
    if (w in TENS) { current += TENS[w]!; seen = true; continue; }
    if (w in COUNT_WORDS) { current = (current || 1) * COUNT_WORDS[w]!; seen = true; continue; }
    const scale = SCALES[w];
    if (scale == null) return null;
    if (scale === 100) current = (current || 1) * 100;
    else { total += (current || 1) * scale; current = 0; }
    seen = true;
  }
  return seen ? round(total + current) : null;
}

/** Value of an ordinal ("third", "21st", "twenty-first"); null when it is not one. */
export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  const parts = t.split(/[- ]/);
  const last = parts.pop()!;
  const ord = ORDINALS[last] ?? (last.endsWith('ieth') ? TENS[last.replace(/ieth$/, 'y')] : undefined);
  if (ord == null) return null;
  const head = parts.length ? parseCardinal(parts.join(' ')) : 0;
  return head == null ? null : head + ord;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
