/**
 * @module extract/quotes/source-phrase — the noun phrase that names who speaks, next to a cue: before it
 * ("Russia's deputy ambassador Anna X also said", "a campaign aide said", "he said") or after it ("said China's
 * UN Ambassador X, ..."). Pronouns are returned as such, for resolve to follow back.
 */
import { lowerOf, type WordToken } from '../../../lib/text/word-tokens.ts';
import { isCueWord } from './cues.ts';
import { ENGLISH_STOPWORDS } from '../../../lib/text/stopwords.ts';

export interface SourcePhrase {
  start: number;
  end: number;
  pronoun: boolean;
  /** Character ranges of coordinated speakers ("X, the North's ally, and Y said"), each resolved on its own. */
  conjuncts?: { start: number; end: number }[];
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const SKIPPABLE = new Set(
  "also further then later has have had was were is are will would could should did does do not never previously repeatedly once again recently publicly reportedly earlier still often always already just first initially last finally separately privately openly long been quickly soon now again even once don't doesn't didn't won't wouldn't can't couldn't".split(' '),
);
const TIME_WORDS = /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|recently)$/i;
const ASPECTUAL = /^(start|starts|started|begin|begins|began|begun|keep|keeps|kept|continue|continues|continued|stop|stops|stopped|resumed|resume)$/i;
const RAISING = /^(appear|appears|appeared|seem|seems|seemed|want|wants|wanted|tried|tries|try|continued|continues|went on|needs|needed|had|has|have|used|decided|began|begins|refused|refuses|vowed|pledged|promised|hopes|hoped|plans|planned|sought|seeks)$/i;
const SET_OFF = /^(meanwhile|however|too|though|instead|also|moreover|nonetheless|nevertheless|likewise|similarly|separately|then)$/i;
const ADJUNCT_PREP = /^(at|in|on|during|after|before|since|over|through)$/i;
const PERIOD = /^(week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|time)$/i;
const skippable = (t: WordToken) => t.word && (SKIPPABLE.has(t.text.toLowerCase().replace(/\u2019/g, "'")) || TIME_WORDS.test(t.text) || /^\p{Ll}{3,}ly$/u.test(t.text));
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'another', 'one', 'two', 'three', 'some', 'several', 'many', 'most', 'other', 'both', 'all']);
const INNER = new Set(['of', 'to', 'the', 'for', 'at', 'and']);

const PREPOSITIONS = /^(despite|amid|following|according|unlike|including|per|regarding|concerning|like)$/i;
const ABBREVIATION = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|Pres|Sec|Amb|\p{Lu})$/u;
/** Capitalised words that are function words in lower case but names or parts of names ("May", "Will", "US"). */
const NAME_LIKE = /^(May|Will|Mark|Bill|Hope|Grace|Faith|Joy|June|April|Young|Little|Long|Rich|Love|Guy|Van|Von|De|La|Le|Du|Del|Da|Di|Al|El|US|UN|EU|UK)$/;
/** Whether token k belongs inside a noun phrase: a content word, a possessive, a hyphen, or the full stop of "Mr." / "B.". */
const inPhrase = (tokens: WordToken[], k: number) => {
  const t = tokens[k]!;
  if (t.word && /^\p{Ll}/u.test(t.text) && isCueWord(lowerOf(t))) return false;
  if ((t.word && !ENGLISH_STOPWORDS.has(t.text.toLowerCase()) && !PREPOSITIONS.test(t.text)) || /^['\u2019]s$/.test(t.text)) return true;
  // "Theresa May", "Will Hurd": a name that is also a function word, next to another capitalised word.
  if (t.word && NAME_LIKE.test(t.text) && (/^\p{Lu}\p{Ll}/u.test(tokens[k - 1]?.text ?? '') || /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? ''))) return true;
  // A hyphen inside a word ("Ivy League-trained") joins; a spaced dash ("predictable - Trump") separates.
  if (t.text === '-') return tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
  return t.text === '.' && ABBREVIATION.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
};
const isNpWord = (t: WordToken) => (t.word && !ENGLISH_STOPWORDS.has(t.text.toLowerCase())) || /^['\u2019]s$/.test(t.text) || t.text === '-';

/** Index of the "(" matching the ")" at `close`, at most 8 tokens back and not before `floor`, or -1. */
function openParen(tokens: WordToken[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k >= close - 8; k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

/** The source phrase ending before token `cue` (not reaching before token `floor`), or null. */
export function sourceBefore(tokens: WordToken[], cue: number, floor: number): SourcePhrase | null {
  // "was asked by a caller", "were told by officials": the agent after "by" speaks.
  if (/^(was|were|been|is|are|being)$/i.test(tokens[cue - 1]?.text ?? '') && tokens[cue + 1]?.text === 'by') {
    const agent = sourceAfter(tokens, cue + 1, tokens.length);
    if (agent && !agent.pronoun) return agent;
  }
  let j = cue - 1;
  for (let moved = true; moved && j >= floor; ) {
    moved = false;
    while (j >= floor && skippable(tokens[j]!)) { j--; moved = true; }
    // "The committee this week announced": a time phrase between subject and verb.
    if (j > floor && PERIOD.test(tokens[j]!.text) && /^(this|last|next|that|each|every)$/i.test(tokens[j - 1]!.text)) { j -= 2; moved = true; }
    // "X appeared to signal", "Y wants to know": a raising or control verb before an infinitive cue.
    if (j > floor && tokens[j]!.text === 'to' && RAISING.test(tokens[j - 1]!.text)) { j -= 2; moved = true; continue; }
    // "Mr. X has lately started asking": an aspectual verb before an -ing cue belongs to the subject's verb group.
    else if (/ing$/.test(tokens[cue]!.text) && ASPECTUAL.test(tokens[j]!.text)) { j--; moved = true; }
    // "Richards and Menendez both stressed", "they all said": a floating quantifier after the subject.
    else if (j > floor && /^(both|all|each)$/i.test(tokens[j]!.text)) {
      let k = j - 1; // "have both argued": past an auxiliary
      while (k > floor && skippable(tokens[k]!)) k--;
      if (isNpWord(tokens[k]!) || PRONOUNS.has(tokens[k]!.text.toLowerCase())) { j = k; moved = true; }
    }
  }
  if (j < floor) return null;
  let t = tokens[j]!;
  if (PRONOUNS.has(t.text.toLowerCase())) return { start: t.start, end: t.end, pronoun: true };
  // "Harvey, who acknowledged ...": the relative pronoun speaks for the phrase before its comma.
  if (/^(who|which)$/i.test(t.text) && tokens[j - 1]?.text === ',' && j - 2 >= floor) {
    j -= 2;
    t = tokens[j]!;
  }
  let end = j;
  if (t.text === ',') {
    // "X, Russia's ambassador, said": the phrase is X plus its apposition.
    let k = j - 1;
    while (k >= floor && k > j - 22 && tokens[k]!.text !== ',') k--;
    if (k < floor || tokens[k]!.text !== ',') return null;
    end = /^(who|whose|which|whom|where)$/i.test(tokens[k + 1]?.text ?? '') ? k - 1 : j - 1;
    j = k - 1;
    // "Roe, meanwhile, who chairs the panel, said": a sentence adverb set off by commas stands between the name and its clause.
    if (end === j && SET_OFF.test(tokens[j]!.text) && tokens[j - 1]?.text === ',' && j - 2 >= floor) { j -= 2; end = j; }
  }
  let start = -1;
  for (let k = j, n = 0; k >= floor && n < 10; k--, n++) {
    const w = tokens[k]!;
    if (inPhrase(tokens, k)) { start = k; continue; }
    // "Rep. Jane Roe (D-Ohio) said": a short parenthesis (party, state, age) belongs to the name before it.
    if (w.text === ')') {
      const open = openParen(tokens, k, floor);
      if (open > floor) { k = open; continue; }
    }
    if (INNER.has(w.text) && k > floor && isNpWord(tokens[k - 1]!) && start >= 0) continue;
    // "Six in 10 say": a share of people.
    if (w.text === 'in' && start === k + 1 && /^\d+$/.test(tokens[k + 1]!.text) && tokens[k - 1]?.word && k > floor) continue;
    if (DETERMINERS.has(w.text.toLowerCase())) start = k;
    break;
  }
  // "Sometimes the sources", "Last year Senator X": a leading adverb or time word is not part of who speaks.
  while (start >= 0 && start < end && (skippable(tokens[start]!) || /^(sometimes|besides|absent|meanwhile|instead|however|thus|indeed)$/i.test(tokens[start]!.text))) start++;
  if (start < 0) return null;
  // "Roe at the hearing said", "Smith in her speech called": a prepositional adjunct between a name and its verb.
  if (start - 2 >= floor && ADJUNCT_PREP.test(tokens[start - 1]!.text) && /^(the|a|an|his|her|their|its)$/i.test(tokens[start]!.text) &&
    /^\p{Lu}/u.test(tokens[start - 2]!.text) && tokens[start - 2]!.word && !PREPOSITIONS.test(tokens[start - 2]!.text)) {
    const name = sourceBefore(tokens, start - 1, floor);
    if (name && !name.pronoun) return name;
  }
  const phrase: SourcePhrase = { start: tokens[start]!.start, end: tokens[end]!.end, pronoun: false };
  return coordinated(tokens, start, phrase, floor) ?? phrase;
}

/**
 * "China, the North's closest ally, and Russia, whose ... , said": a first conjunct with its apposition before
 * ", and" joins the phrase (`start` is the first token of the second conjunct); null when there is none.
 */
function coordinated(tokens: WordToken[], start: number, second: SourcePhrase, floor: number): SourcePhrase | null {
  if (tokens[start - 1]?.text !== 'and' || tokens[start - 2]?.text !== ',') return null;
  // The apposition after the first conjunct: back to its opening comma, within a short span and no clause break.
  let k = start - 3;
  while (k >= floor && k > start - 16 && tokens[k]!.text !== ',' && !/^[.;:!?]$/.test(tokens[k]!.text)) k--;
  if (k < floor || tokens[k]!.text !== ',') return null;
  // The first conjunct: a short capitalised name ending right before that comma.
  let first = k;
  while (first - 1 >= floor && first > k - 5 && tokens[first - 1]!.word && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first--;
  if (first === k) return null;
  if (first - 1 >= floor && tokens[first - 1]!.word && !/^(and|but|then|so|while|as|when)$/i.test(tokens[first - 1]!.text)) return null;
  return { ...second, start: tokens[first]!.start, conjuncts: [{ start: tokens[first]!.start, end: tokens[k - 1]!.end }, { start: second.start, end: second.end }] };
}

/** The source phrase right after token `cue` (up to a comma or the end, before token `ceiling`), or null. */
export function sourceAfter(tokens: WordToken[], cue: number, ceiling: number): SourcePhrase | null {
  let j = cue + 1;
  if (j >= ceiling) return null;
  const first = tokens[j]!;
  if (PRONOUNS.has(first.text.toLowerCase())) return { start: first.start, end: first.end, pronoun: true };
  let last = -1;
  for (let n = 0; j < ceiling && n < 14; j++, n++) {
    const w = tokens[j]!;
    // "The fracas erupted": a past-tense verb after the noun ends the phrase.
    if (last >= 0 && /^\p{Ll}+ed$/u.test(w.text) && !DETERMINERS.has(tokens[last]!.text.toLowerCase())) break;
    if (inPhrase(tokens, j) || (DETERMINERS.has(w.text.toLowerCase()) && last < 0)) { last = j; continue; }
    const next = tokens[j + 1];
    if (INNER.has(w.text) && next && (isNpWord(next) || (next.text === 'the' && tokens[j + 2] && isNpWord(tokens[j + 2]!))) && last >= 0) continue;
    if (w.text === ',' && last >= 0 && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && j + 1 < ceiling) continue; // "..., Li Wei"
    break;
  }
  if (last < 0 || !/\p{Lu}|^(the|a|an)$/iu.test(tokens[cue + 1]!.text)) return null;
  return { start: tokens[cue + 1]!.start, end: tokens[last]!.end, pronoun: false };
}
