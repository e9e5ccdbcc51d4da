/**
 * @module unsupported-words — which words of a sentence its sources do not contain.
 * The check behind every cited sentence: each content word and number must occur in the cited
 * texts (or in an allowed vocabulary, such as a template's own connective words).
 */
import { tokenize } from './tokenize.ts';
import { isFunctionWord } from './function-words.ts';
import { stemWord } from './stem-word.ts';
import { foldPunctuation } from './normalize.ts';

/** Digit groups joined ("1,300" → "1300"), so a number is one word and "1,300" is not half-supported by "1,200". */
const joinDigitGroups = (text: string) => foldPunctuation(text).replace(/(\d),(?=\d{3}(?!\d))/g, '$1');

function forms(word: string): string[] {
  const w = foldPunctuation(word).toLowerCase();
  return [w, stemWord(w), w.replace(/'s$/, '')];
}

/**
 * The content words and numbers of `sentence` found neither in any of `sources` nor in `vocabulary`
 * (lower-case words). Matching is by whole word, case-insensitive, modulo light inflection
 * ("launch" is supported by "launches"); a number with thousands separators is one word, reported
 * without them. Function words are never reported.
 *
 * @example unsupportedWords('Two sources report 13 votes.', ['13 members voted'], new Set(['two', 'sources', 'report']))
 *          // → ['votes'] ("votes" is not "voted")
 */
export function unsupportedWords(sentence: string, sources: readonly string[], vocabulary: ReadonlySet<string>): string[] {
  const known = new Set<string>();
  for (const src of sources) for (const t of tokenize(joinDigitGroups(src))) for (const f of forms(t.text)) known.add(f);
  const missing: string[] = [];
  for (const t of tokenize(joinDigitGroups(sentence))) {
    if (isFunctionWord(t.text)) continue;
    const fs = forms(t.text);
    if (fs.some((f) => known.has(f) || vocabulary.has(f))) continue;
    missing.push(t.text);
  }
  return missing;
}
