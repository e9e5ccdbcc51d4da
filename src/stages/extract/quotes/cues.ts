/** @module extract/quotes/cues — reporting verbs and phrases from data/speech-verbs.json, matched on tokens. */
import lexicon from '../../../../data/speech-verbs.json' with { type: 'json' };
import { lowerOf, type WordToken } from '../../../lib/text/word-tokens.ts';

export interface CueMatch {
  /** Token indexes [first, last] of the cue. */
  first: number;
  last: number;
  kind: string;
  /** The cue as written ("called for", "said"). */
  text: string;
}

const byPhrase = new Map<string, string>();
for (const [kind, list] of Object.entries(lexicon.verbs)) for (const v of list) if (!byPhrase.has(v)) byPhrase.set(v, kind);
for (const p of lexicon.phrases) byPhrase.set(p, 'report');
// Speech words that seldom introduce what was said ("spoke at a rally", "backed the bill") are no cues here.
for (const p of lexicon.noContent) byPhrase.delete(p);
const MAX_WORDS = 3;
/** First words of every cue, for a fast reject. */
const FIRST = new Set([...byPhrase.keys()].map((k) => k.split(' ')[0]!));
const lower = lowerOf;

/** Whether a single word is itself a reporting verb ("said", "told"): it ends a source phrase. */
export function isCueWord(lower: string): boolean {
  return byPhrase.has(lower) && !NOUNISH.has(lower);
}

/** Cues among `tokens` (longest match first), skipping token indexes for which `skip` is true. */
export function findCues(tokens: WordToken[], skip: (i: number) => boolean, kinds: ReadonlySet<string>): CueMatch[] {
  const out: CueMatch[] = [];
  let titleCase: boolean | null = null; // computed only when a capitalised cue needs it
  const isTitle = () => (titleCase ??= isTitleCase(tokens));
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    const first = lower(tokens[i]!);
    if (!FIRST.has(first) || skip(i)) continue;
    let best: CueMatch | null = null;
    let phrase = first;
    for (let j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
      if (j > i) {
        if (!tokens[j]!.word || skip(j)) break;
        phrase += ' ' + lower(tokens[j]!);
      }
      const kind = byPhrase.get(phrase);
      if (kind && kinds.has(kind)) best = { first: i, last: j, kind, text: phrase };
    }
    if (best && !falseCue(tokens, best, isTitle)) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

/** Cue forms that are as often nouns ("swing state", "phone call", "terror attack"): they need a subject-like word before them. */
const NOUNISH = new Set('claim claims state states call calls support attack attacks report reports comment comments post posts question questions answer charge charges demand demands request remark remarks promise promises pledge pledges vow vows estimate estimates signal signals counter back show shows find finds hope hopes fear fears doubt doubts concern warning want plans plan note notes blame brand view views read offer offers backs cast decision'.split(' '));
/** Words before a base or -s form that make it a verb ("they claim", "will support", "did not say"). */
const VERBAL = /^(i|we|they|you|he|she|it|who|that|to|will|would|can|could|may|might|should|must|shall|do|does|did|not|n't|don't|doesn't|didn't|never|also|often|still|now|always|generally|reportedly|people|officials|sources|critics|analysts|experts|aides|others|many|some|both|all)$/;

/** "so-called", "a report", "the post", "swing state": a cue after an article, or a noun-like form without a subject, is no cue. */
function falseCue(tokens: WordToken[], c: CueMatch, titleCase: () => boolean): boolean {
  const prev = tokens[c.first - 1]?.text.toLowerCase() ?? '';
  if (/^(a|an|the|this|that|his|her|their|its|our|my|so|-)$/.test(prev)) return true;
  // "a poll shows that ...", "the report claims that ...": a that-clause makes the noun-like form a verb.
  if (NOUNISH.has(c.text) && tokens[c.last + 1]?.text === 'that' && !/^(a|an|the|this|his|her|their|its|our|my)$/.test(prev)) return false;
  if (NOUNISH.has(c.text)) {
    const p = tokens[c.first - 1];
    if (p && /^['\u2019]s$/.test(p.text)) return true; // "Clinton's plans"
    if (p && /^\p{Lu}/u.test(p.text) && /^(despite|of|with|by|for|on|about|after|amid|against|over|to|from|the|a|an)$/i.test(tokens[c.first - 2]?.text ?? '')) return true; // "despite UN claims"
    if (p && p.word && !VERBAL.test(prev) && !/^\p{Lu}/u.test(p.text) && !/[^s']s$/.test(prev)) return true;
  }
  if (SEEK.has(c.text) && !seeksToSay(tokens, c)) return true;
  const t = tokens[c.first]!.text;
  // A participle opening the sentence ("Asked about the vote, she said ...", "Speaking to reporters, ...") is a cue.
  if (c.first === 0 && /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(t) && !titleCase()) return false;
  return /^\p{Lu}/u.test(t) && c.text !== 'according to' && !(c.first > 0 && titleCase());
}

/** "seek" reports an aim only with an infinitive ("sought to calm"); "sought the nomination" is no report (PolNeAR train: 3 of 14 such uses). */
const SEEK = new Set(['seek', 'seeks', 'seeking', 'sought']);
/** Auxiliaries and commas after which "seeking" is a verb of its clause ("were seeking to", ", seeking to"). */
const SEEKING_HOST = /^(,|is|are|was|were|be|been|am|'re|'s|’re|’s|not|also|now|still|and)$/i;

/** Whether a form of "seek" introduces an aim: a "to" follows, and "seeking" is no reduced relative ("resolutions seeking to ..."). */
function seeksToSay(tokens: WordToken[], c: CueMatch): boolean {
  if (tokens[c.last + 1]?.text.toLowerCase() !== 'to') return false;
  if (c.text !== 'seeking' || c.first === 0) return true;
  return SEEKING_HOST.test(tokens[c.first - 1]!.text);
}

/** A headline in Title Case ("Sanders Says He Will Stay In The Race"): its capitals say nothing about names. */
function isTitleCase(tokens: WordToken[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}\p{Ll}/u.test(t.text)) caps++;
  }
  return words >= 4 && caps / words >= 0.8;
}
