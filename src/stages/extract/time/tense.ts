/** @module time/tense — whether the clause around a time expression looks back (past) or forward (future). */
import type { Tense } from './resolve.ts';

/** A future auxiliary, with the passive or perfect it carries ("will be appointed", "will have closed"): that participle is no past. "would have" + participle is a past conditional ("would have closed the plant"), no future. */
const FUTURE_AUX = String.raw`(?:will|won't|shall|'ll|would(?!\s+(?:not\s+)?have\b)|going to)(?:\s+(?:not|also|still|then|soon|likely|probably|almost|never|only))*(?:\s+(?:be|have)(?:\s+been)?\s+[a-z]+|\s+[a-z]+ed\b)?`;
/** Intention and arrangement: what follows the "to" is still to happen ("agreed to sell", "a plan to merge"). */
const INTENT = String.raw`(?:agreed|agrees|agreement|deal|offer|bid|proposal|program|programme|effort|attempt|move|proposed|decided|decision|voted|aims?|seeks?|sought|hopes?|hoped|wants?|wanted|promised|pledged|vowed|threatened|prepared|ready|likely|unlikely|able|expects?|intends?|intended|plans?|planned|set|expected|scheduled|is|are) to`;
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_AUX}|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised|planning|going)\b|${INTENT}|has scheduled|scheduled|to be held|upcoming|next(?! to\b)|as soon as)\b`, 'gi');
/** Past forms that do not end in -ed ("brought", "met", "took"): irregular verbs common in news reports. */
const PAST_WORDS = /\b(?:said|says|was|were|had|did|ago|last|earlier|told|brought|made|took|came|went|gave|found|began|saw|got|left|held|met|sold|bought|paid|fell|rose|won|lost|led|ran|kept|sent|spent|struck|fought|grew|knew|thought|became|stood|wrote|spoke|chose|drew|flew|broke|shot|fled|swept|sank|stole|sought|taught|caught|built|felt|heard|meant|slid|sprang|threw|woke|wore|forgave|forbade|overtook|undertook|withdrew)\b/gi;
/** Regular past forms ("voted", "launched"); lower-case only, so "United" is not a verb. */
const PAST_FORMS = /\b[a-z]{2,}ed\b/g;
/** -ed words that are no past verb: "succeed", "need", "hundred", and adjectives right after a determiner ("a yet undisclosed sum"). */
const NOT_PAST = /^(?:[a-z]*(?:succ|proc|exc|n|sp|f|s|br|bl|h|w|d|gr|cr|st)eed|indeed|hundred|kindred|naked|wicked|sacred|rugged|ragged|beloved|wretched)$/;
const BY_AFTER = /^\s+by\b/;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|has|have|had|got|get)\s+(?:\w+ly\s+)?$/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|your|this|these|those|that)\s+(?:(?:still|yet|newly|so-?|long-?|widely|recently|previously|much-?|once|un)\s*)?$/i;

/** Words right before a date that point forward whatever the verb's tense ("postponed until Tuesday", "payable Jan. 2"). */
const FORWARD_LEAD = /\b(?:until|till|effective|payable|due|no later than|as (?:early|soon) as)\s+(?:(?:the|next|this)\s+)?$/i;

/** "..., officials said." / "...,'' he told reporters on Sunday." — a reporting clause closing the sentence (up to six words). */
const REPORTING_TAIL = /(?:[,;]|['"\u201d\u2019]{1,2})\s*(?:['"\u201d\u2019]+\s*)?(?:[\p{L}\p{N}.'\u2019-]+\s+){0,6}(?:said|says|told|added|reported)\b[^,;]{0,50}$/u;
/** A closing reporting clause is short: past this many characters from the expression to the sentence end there is none. */
const TAIL_MAX = 160;

export interface Cue { at: number; tense: Tense }

/** The tense cues of a sentence, in order (read once per sentence, shared by its expressions). */
export function sentenceCues(sentence: string): Cue[] {
  const futures = allMatches(FUTURE, sentence).map((m) => ({ at: m.index, end: m.index + m[0].length }));
  const cues: Cue[] = futures.map((f) => ({ at: f.at, tense: 'future' as Tense }));
  for (const m of allMatches(PAST_WORDS, sentence)) if (!inFuture(futures, m.index)) cues.push({ at: m.index, tense: 'past' });
  for (const m of allMatches(PAST_FORMS, sentence)) {
    const at = m.index;
    if (inFuture(futures, at) || NOT_PAST.test(m[0]) || DETERMINER_BEFORE.test(sentence.slice(Math.max(0, at - 24), at))) continue;
    // "towns spared by the flood": a participle modifying a noun, not the clause's verb.
    if (BY_AFTER.test(sentence.slice(at + m[0].length, at + m[0].length + 4)) && !BE_BEFORE.test(sentence.slice(Math.max(0, at - 16), at))) continue;
    cues.push({ at, tense: 'past' });
  }
  return cues.sort((a, b) => a.at - b.at);
}

/** Every match of a global regex, as matchAll gives them (an exec loop: matchAll clones the regex on each call). */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) re.lastIndex++;
    out.push(m);
  }
  return out;
}

/** A past-looking word inside a future cue ("was due", "scheduled to") is part of that cue. */
function inFuture(futures: { at: number; end: number }[], at: number): boolean {
  const i = lastAtOrBefore(futures, at);
  return i >= 0 && at < futures[i]!.end;
}

/** Index of the last item starting at or before `at` (items sorted by `at`), or -1. */
function lastAtOrBefore(items: { at: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Tense of the clause that holds [start, end) in `sentence` (offsets relative to the sentence): the nearest cue
 * before the expression wins over the nearest after unless that one is much closer; no cue is past (news reports
 * what happened). `cues` are the sentence's, when the caller has them.
 */
export function tenseAt(sentence: string, start: number, end: number, cues: Cue[] = sentenceCues(sentence)): Tense {
  if (FORWARD_LEAD.test(sentence.slice(Math.max(0, start - 20), start))) return 'future';
  // A closing reporting clause ("..., officials said.") after the clause holding the expression is not its tense.
  const tail = sentence.length - end <= TAIL_MAX ? REPORTING_TAIL.exec(sentence.slice(end)) : null;
  const limit = tail ? end + tail.index : sentence.length;
  const b = lastAtOrBefore(cues, start - 1);
  const before = b >= 0 ? cues[b] : undefined;
  let a = b + 1;
  while (a < cues.length && cues[a]!.at < end) a++;
  const after = a < cues.length && cues[a]!.at < limit ? cues[a] : undefined;
  if (!before) return after?.tense ?? 'past';
  if (!after) return before.tense;
  return start - before.at <= (after.at - end) * 1.5 ? before.tense : after.tense;
}
