/**
 * @module detect-language — a small classical language identifier: the writing system first (Hangul, kana,
 * Han, Arabic, Cyrillic, Greek, Hebrew, Devanagari, Thai), then, for Latin and Cyrillic text, which
 * language's function words occur most, helped by letters only some languages use (ñ, ß, ø, ł, ı, ș ...).
 * Returns an ISO 639-1 code, or 'und' when the text gives too little to go on.
 */
import data from '../../../../data/language-stopwords.json' with { type: 'json' };

export interface DetectLanguageOptions {
  /** How much of the text is read (characters from the start). */
  sampleChars: number;
  /** Fewest function-word hits for a Latin/Cyrillic verdict; fewer gives 'und'. */
  minHits: number;
}

export const defaultDetectLanguageOptions: DetectLanguageOptions = {
  sampleChars: 1000, // a news lede and a paragraph or two: 150+ words, bounded cost
  minHits: 3, // three function words: a headline alone rarely decides, a paragraph does
};

/** Each stop word's weight per language: a word shared by n languages counts 1/n for each. */
const WEIGHTS = new Map<string, [string, number][]>();
for (const [lang, words] of Object.entries(data.stopwords as Record<string, string[]>)) {
  for (const w of words) WEIGHTS.set(w, [...(WEIGHTS.get(w) ?? []), [lang, 1]]);
}
for (const entries of WEIGHTS.values()) for (const e of entries) e[1] = 1 / entries.length;

/** Letters that point to a few languages, each worth one shared function word. */
const LETTER_HINTS: [RegExp, string[]][] = [
  [/ñ/g, ['es']], [/ß/g, ['de']], [/[ãõ]/g, ['pt']], [/ç/g, ['fr', 'pt', 'tr']], [/[øæ]/g, ['da', 'no']],
  [/å/g, ['sv', 'da', 'no']], [/[łąężźśćń]/g, ['pl']], [/[ığş]/g, ['tr']], [/[řůě]/g, ['cs']], [/[șță]/g, ['ro']],
  [/[àèìòù]/g, ['it', 'fr']], [/[êâî]/g, ['fr', 'pt', 'ro']], [/ij/g, ['nl']], [/ä/g, ['de', 'sv', 'fi']], [/ö/g, ['de', 'sv', 'fi', 'tr']],
];

/** Writing systems by code-point range (BMP blocks), checked in this order. */
const SCRIPT_RANGES: [number, number, string][] = [
  [0x0041, 0x024f, 'latin'], [0x0370, 0x03ff, 'el'], [0x0400, 0x04ff, 'cyrillic'], [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'], [0x0750, 0x077f, 'ar'], [0x0900, 0x097f, 'hi'], [0x0e00, 0x0e7f, 'th'],
  [0x1100, 0x11ff, 'ko'], [0x3040, 0x30ff, 'ja'], [0x3130, 0x318f, 'ko'], [0x3400, 0x4dbf, 'zh'],
  [0x4e00, 0x9fff, 'zh'], [0xac00, 0xd7af, 'ko'], [0xfb50, 0xfdff, 'ar'], [0xfe70, 0xfeff, 'ar'],
];

function scriptCounts(sample: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0xc0)) continue;
    for (const [lo, hi, name] of SCRIPT_RANGES) {
      if (c < lo) break;
      if (c <= hi) { counts.set(name, (counts.get(name) ?? 0) + 1); break; }
    }
  }
  return counts;
}

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** The dominant writing system's language (or 'latin'/'cyrillic' when words must decide). */
function scriptOf(sample: string): string {
  const counts = scriptCounts(sample);
  const get = (name: string) => counts.get(name) ?? 0;
  let total = 0;
  for (const n of counts.values()) total += n;
  if (!total) return 'und';
  const cjk = get('ja') + get('zh');
  if (cjk > total * 0.3) return get('ja') >= 0.1 * cjk ? 'ja' : 'zh';
  let best = 'und';
  let bestN = 0;
  for (const [name, n] of counts) if (name !== 'ja' && name !== 'zh' && n > bestN) [best, bestN] = [name, n];
  return best;
}

/** ISO 639-1 code of the text's language, or 'und'. */
export function detectLanguage(text: string, options: Partial<DetectLanguageOptions> = {}): string {
  const opts = { ...defaultDetectLanguageOptions, ...options };
  const sample = text.slice(0, opts.sampleChars);
  const script = scriptOf(sample);
  if (script === 'und') return 'und';
  if (script !== 'latin' && script !== 'cyrillic') return script === 'ar' && /[پچژگ]/.test(sample) ? 'fa' : script;
  const lower = sample.toLowerCase();
  const scores = new Map<string, number>();
  let hits = 0;
  for (const w of lower.split(/[\s.,;:!?()"“”„«»[\]{}…–—\-/|0-9*•·]+/)) {
    const entries = WEIGHTS.get(w);
    if (!entries) continue;
    hits++;
    for (const [lang, w] of entries) scores.set(lang, (scores.get(lang) ?? 0) + w);
  }
  if (hits < opts.minHits) return 'und';
  const ranked = [...scores.values()].sort((a, b) => b - a);
  // letters decide only close calls (they cost a pass each over the sample)
  if (ranked.length > 1 && ranked[0]! < 1.5 * ranked[1]!) for (const [re, langs] of LETTER_HINTS) {
    const n = Math.min(count(re, lower), 10);
    for (const lang of langs) if (scores.has(lang)) scores.set(lang, scores.get(lang)! + n / langs.length);
  }
  const cyrillic = script === 'cyrillic';
  let best = 'und';
  let bestScore = 0;
  for (const [lang, s] of scores) {
    if ((lang === 'ru' || lang === 'uk') !== cyrillic) continue;
    if (s > bestScore) [best, bestScore] = [lang, s];
  }
  if (cyrillic && /[іїєґ]/.test(lower)) return 'uk';
  return best;
}
