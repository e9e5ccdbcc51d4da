/** @module stories/proper-names — cheap proper-noun runs from capitalisation, without an entity stage. */
import type { Token } from '../../lib/text/tokenize.ts';
import { isStopword } from '../../lib/text/stopwords.ts';

/** A run of tokens [from, to) that reads as one name ("Tara Reid", "Bank of England", "NSA"). */
export interface NameRun {
  from: number;
  to: number;
}

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u; // eBay, iPhone, McDonald
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}]+$/u; // NSA, IBF, 76ERS
/** Lower-case words allowed inside a name ("Bank of England", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'van', 'von', 'der', 'al', 'bin', 'da', 'di', 'du']);
/** Capitalised by convention, not names of the event's actors. */
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Characters that, between two tokens, end a sentence or clause (the next token's capital says nothing). */
const BREAKS = new Set(['.', '!', '?', ':', ';', '"', '\u201C', '\n', '|', '\u2013', '\u2014']);

/** True when the gap before a token ends a sentence or clause, or holds a spaced dash. */
function startsSentence(text: string, prev: Token | undefined, tok: Token): boolean {
  if (!prev) return true;
  for (let i = prev.end; i < tok.start; i++) {
    const ch = text[i]!;
    if (BREAKS.has(ch)) return true;
    if (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') return true;
  }
  return false;
}

/**
 * Headline-style text capitalises nearly every word of four letters or more, common words included;
 * there only all-caps and inner-capital words count as names. (A sentence full of names still has
 * its verbs in lower case.)
 */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.text.length <= 3) continue;
    const first = t.text[0]!;
    if (first.toLowerCase() === first.toUpperCase()) continue; // not a letter with case
    long++;
    if (first === first.toLowerCase()) lower++;
  }
  return long >= 3 && lower / long < 0.2;
}

/** Letter case of a character code: 1 upper, -1 lower, 0 other; ASCII answered without a regex. */
function caseOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return -1;
  if (c < 128) return 0;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? -1 : 0;
}

/** ALL_CAPS or INNER_CAPITAL, with a fast path for plain lower-case words (most tokens), which are neither. */
function isStrong(t: Token): boolean {
  if (caseOf(t.text, 0) === -1 && !/[^a-z]/.test(t.text)) return false;
  return ALL_CAPS.test(t.text) || INNER_CAPITAL.test(t.text);
}

/** Name runs among `tokens` (all from `text`, in order). */
export function findNameRuns(text: string, tokens: Token[]): NameRun[] {
  const titleCase = isTitleCase(tokens);
  const strong = isStrong;
  const isCap = (t: Token) => !CALENDAR.has(t.norm) && (titleCase ? strong(t) : caseOf(t.text, 0) === 1 || strong(t));
  const out: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (!isCap(tok) || isStopword(tok.norm)) { i++; continue; }
    const initial = startsSentence(text, tokens[i - 1], tok);
    let j = i + 1;
    while (j < tokens.length && !startsSentence(text, tokens[j - 1], tokens[j]!)) {
      const t = tokens[j]!;
      if (isCap(t) && !isStopword(t.norm)) { j++; continue; }
      if (CONNECTORS.has(t.text) && j + 1 < tokens.length && isCap(tokens[j + 1]!)) { j += 2; continue; }
      break;
    }
    // A lone capitalised word opening a sentence is usually just the sentence's first word.
    if (!initial || j - i > 1 || strong(tok)) out.push({ from: i, to: j });
    i = j;
  }
  return out;
}
