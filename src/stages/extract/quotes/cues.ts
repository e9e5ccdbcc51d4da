/** @module extract/quotes/cues — reporting verbs and phrases from data/speech-verbs.json, matched on tokens. */
import lexicon from '../../../../data/speech-verbs.json' with { type: 'json' };
import extra from '../../../../data/speech-verbs-extra.json' with { type: 'json' };
import { lowerOf, type WordToken } from '../../../lib/text/word-tokens.ts';

export interface CueMatch {
  /** Token indexes [first, last] of the cue. */
  first: number;
  last: number;
  kind: string;
  /** The cue as written ("called for", "said"). */
  text: string;
  /** A noun before its that-clause ("the claim that ...", "Smith's warning that ..."). */
  noun?: boolean;
  /** A passive participle ("was first reported", "have been accused"): its subject is talked about, not talking. */
  passive?: boolean;
  /** "appears to", "appears that": the writer hedges the whole clause, which is the content. */
  hedge?: boolean;
}

const byPhrase = new Map<string, string>();
for (const [kind, list] of Object.entries(lexicon.verbs)) for (const v of list) if (!byPhrase.has(v)) byPhrase.set(v, kind);
for (const [kind, list] of Object.entries(extra.verbs)) for (const v of list) if (!byPhrase.has(v)) byPhrase.set(v, kind);
for (const p of lexicon.phrases) byPhrase.set(p, 'report');
/** "X appeared to waver", "It appears that": the writer's impression of a whole clause. */
const HEDGES: ReadonlySet<string> = new Set(extra.hedges);
/** Nouns that carry what was said in a that-clause ("the claim that ..."); noun-only ones are cues nowhere else. */
const CONTENT_NOUNS: ReadonlySet<string> = new Set(lexicon.contentNouns);
const NOUN_ONLY = new Set([...CONTENT_NOUNS].filter((n) => !byPhrase.has(n)));
for (const n of NOUN_ONLY) byPhrase.set(n, 'report');
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
    if (best && best.first === best.last && CONTENT_NOUNS.has(best.text) && tokens[best.last + 1]?.text === 'that' && NOUN_BEFORE.test(tokens[best.first - 1]?.text ?? '')) {
      best.noun = true;
      out.push(best);
      i = best.last;
    } else if (best && NOUN_ONLY.has(best.text)) continue;
    else if (best && HEDGES.has(best.text)) {
      // Only before "to" or "that" ("appeared on television" is no hedge), and not before another cue ("appeared to signal").
      const next = tokens[best.last + 1]?.text;
      const after = tokens[best.last + 2];
      if ((next === 'to' && after?.word && !byPhrase.has(lower(after))) || next === 'that') {
        best.hedge = true;
        out.push(best);
        i = best.last;
      }
    }
    else if (best && !falseCue(tokens, best, isTitle)) {
      if (isPassive(tokens, best)) best.passive = true;
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

/** Words before a noun that make it one ("the claim", "his warning", "Smith's assertion", "new fears", "growing concern"). */
const NOUN_BEFORE = /^(a|an|the|this|that|these|those|his|her|their|its|our|my|your|['\u2019]s|['\u2019]|new|growing|repeated|false|unfounded|baseless|earlier|latest|recent|widespread|public|such|any|no|some|many|rising|mounting|persistent|renewed|\p{Ll}+ed|\p{Ll}+ing)$/iu;

/** Cue forms that are as often nouns ("swing state", "phone call", "terror attack"): they need a subject-like word before them. */
const NOUNISH = new Set('claim claims state states call calls support attack attacks report reports comment comments post posts question questions answer charge charges demand demands request remark remarks promise promises pledge pledges vow vows estimate estimates signal signals counter back show shows find finds hope hopes fear fears doubt doubts concern warning want plans plan note notes blame brand view views read offer offers backs cast decision'.split(' '));
/** Auxiliaries that follow a noun subject ("the report was", "state officials have"). */
const AUX_AFTER = /^(is|are|was|were|has|had|will|would|can|could|should|may|might|must|['\u2019]s)$/i;
/** Words before a base or -s form that make it a verb ("they claim", "will support", "did not say"). */
const VERBAL = /^(i|we|they|you|he|she|it|who|that|to|will|would|can|could|may|might|should|must|shall|do|does|did|not|n't|don't|doesn't|didn't|never|also|often|still|now|always|generally|reportedly|people|officials|sources|critics|analysts|experts|aides|others|many|some|both|all)$/;

/** "so-called", "a report", "the post", "swing state": a cue after an article, or a noun-like form without a subject, is no cue. */
function falseCue(tokens: WordToken[], c: CueMatch, titleCase: () => boolean): boolean {
  const prev = tokens[c.first - 1]?.text.toLowerCase() ?? '';
  if (/^(a|an|the|this|that|his|her|their|its|our|my|so|-)$/.test(prev)) return true;
  // "a swiftly called meeting", "the newly announced plan": a participle after an article and an adverb modifies a noun.
  if (/ly$/.test(prev) && /^(a|an|the|this|his|her|their|its|our|my)$/i.test(tokens[c.first - 2]?.text ?? '')) return true;
  // "New York state is ...", "the attack was ...": a noun-like form before an auxiliary is a subject, not a verb.
  if (NOUNISH.has(c.text) && c.first === c.last && AUX_AFTER.test(tokens[c.last + 1]?.text ?? '')) return true;
  // "a poll shows that ...", "the report claims that ...": a that-clause makes the noun-like form a verb.
  if (NOUNISH.has(c.text) && tokens[c.last + 1]?.text === 'that' && !/^(a|an|the|this|his|her|their|its|our|my)$/.test(prev)) return false;
  if (NOUNISH.has(c.text)) {
    const p = tokens[c.first - 1];
    if (p && /^['\u2019]s$/.test(p.text)) return true; // "Clinton's plans"
    if (p && /^\p{Lu}/u.test(p.text) && /^(despite|of|with|by|for|on|about|after|amid|against|over|to|from|the|a|an)$/i.test(tokens[c.first - 2]?.text ?? '')) return true; // "despite UN claims"
    if (p && p.word && !VERBAL.test(prev) && !/^\p{Lu}/u.test(p.text) && !/[^s']s$/.test(prev)) return true;
  }
  if (SEEK.has(c.text) && !seeksToSay(tokens, c)) return true;
  if (PHRASAL_NOT_SPEECH.test(`${c.text} ${tokens[c.last + 1]?.text.toLowerCase() ?? ''}`)) return true;
  // "did not immediately respond to requests for comment": a reply that never came reports nothing.
  if (SILENT.test(c.text) && negated(tokens, c.first)) return true;
  const t = tokens[c.first]!.text;
  // A participle opening the sentence ("Asked about the vote, she said ...", "Speaking to reporters, ...") is a cue.
  if (c.first === 0 && /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(t) && !titleCase()) return false;
  return /^\p{Lu}/u.test(t) && c.text !== 'according to' && !(c.first > 0 && titleCase());
}

/** Forms of "be" that make a past participle passive ("was reported", "have been charged"). */
const BE = /^(is|are|was|were|be|been|being|['\u2019]s|['\u2019]re)$/i;
/** Participle cues whose passive still reports ("is expected to", "was quoted as saying"). */
// Adjectival passives of stance ("is intended to", "are convinced that", "was worried about") keep their holder as subject.
const PASSIVE_REPORTS = /^(expected|quoted|asked|told|urged|called on|encouraged|advised|reminded|warned|said|believed|thought|known|intended|designed|determined|committed|convinced|concerned|worried|prepared|interested|pleased|surprised|disappointed|frustrated|troubled|satisfied|inclined|opposed|divided|united|split|agreed|scheduled|set)$/;

/** The nearest token at or before k that is not an adverb ("not", "also", "-ly"), or undefined. */
function skipAdverbs(tokens: WordToken[], k: number): WordToken | undefined {
  while (k >= 0 && /^(also|first|later|then|still|now|not|never|even|all|both|widely|n't|\p{Ll}+ly)$/iu.test(tokens[k]!.text)) k--;
  return tokens[k];
}

/**
 * "was first reported", "have been charged with", "is supported by": a passive participle makes its subject what is
 * talked about, not who talks; the source is then the agent after "by", or nobody.
 */
function isPassive(tokens: WordToken[], c: CueMatch): boolean {
  if (!/ed$|^(told|shown|seen|known|thought|said|written|made|held)$/.test(c.text.split(' ')[0]!) || PASSIVE_REPORTS.test(c.text)) return false;
  const prev = skipAdverbs(tokens, c.first - 1);
  return prev !== undefined && BE.test(prev.text);
}

/** Whether "not", "n't" or "never" stands right before token i, past -ly adverbs ("did not immediately respond"). */
function negated(tokens: WordToken[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^\p{Ll}+ly$/u.test(tokens[k]!.text)) k--;
  return k >= 0 && /^(not|n't|n\u2019t|never)$/i.test(tokens[k]!.text);
}

/** Phrasal verbs that look like a cue and report nothing ("went on to win", "showed up", "called in to a show"). */
const PHRASAL_NOT_SPEECH = /^(went on to|go on to|goes on to|going on to|showed up|show up|shows up|called in|called into|called off|called up|called back|call off|call in|declined slightly|declined sharply|declined from|declined by|declined in|declined to \d)$/;
/** Replies that, when negated, name no content ("did not respond", "never commented"). */
const SILENT = /^(respond|responded|reply|replied|comment|commented|return|returned|answer|answered)$/;

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
