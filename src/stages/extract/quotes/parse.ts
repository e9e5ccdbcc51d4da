/**
 * @module extract/quotes/parse — the structure of each attribution in a sentence: a direct quote with the
 * clause that attributes it (after it, before it, or between its two pieces), reported speech after a cue
 * ("X said (that) ...", "called for ...", "accused X of ...") or before it ("..., X said."), "according to X",
 * and mixed speech (reported speech holding a quoted fragment).
 */
import { wordTokens, type WordToken } from '../../../lib/text/word-tokens.ts';
import { findCues, type CueMatch } from './cues.ts';
import { sourceAfter, sourceBefore, type SourcePhrase } from './source-phrase.ts';
import type { QuoteRun } from './find.ts';
import type { QuoteOptions } from './defaults.ts';

export interface Range { start: number; end: number }

export interface QuoteDraft {
  kind: 'direct' | 'indirect' | 'mixed';
  start: number;
  end: number;
  /** A direct quote split around its attribution: the quoted pieces. */
  pieces?: Range[];
  cue: (Range & { text: string }) | null;
  source: SourcePhrase | null;
  /** No attribution of its own: the speaker is the previous quote's. */
  bare?: boolean;
  /** "Cruz continued:" closing its paragraph: no words of its own, it attributes the quote that follows. */
  lead?: boolean;
}

/** More reporting cues than any real sentence holds; bounds the work on unpunctuated text. */
const MAX_CUES_PER_SENTENCE = 32;

/** Labels that open a line with a colon without anyone speaking ("Read more:", "Update:", "Photo:"). */
export const SECTION = /^(Read|Watch|Listen|See|Related|Update|Updated|Photo|Video|Editor|Note|Source|Sources|Correction|Advertisement|Click|Share|Follow|Subscribe|Sign|More|Also|Image|Credit|Posted|Published|Tags|Topics|By|Latest|Breaking|Exclusive|Analysis|Opinion|Editorial|Commentary|Answer|Question|Q|A|Remember|Live|Timeline|Poll|Results|Review|Transcript|Excerpt|Background|Context|Summary|Warning|Alert|Caption|Episode|Chapter|Part)$/;
const isMark = (t: string) => /^["\u201C\u201D\u201E\u00AB\u00BB]$/.test(t);
const ING = /ing$/;

/** Attributions in one sentence [start, end) holding quote runs `runs`. */
export function parseSentence(text: string, start: number, end: number, runs: QuoteRun[], opts: QuoteOptions, kinds: ReadonlySet<string>): QuoteDraft[] {
  const tokens = wordTokens(text, start, end);
  const runOf = tokens.map((t) => runs.findIndex((r) => t.start >= r.open && t.start < (r.close ?? r.end + 1)));
  // Reading a cue is linear in the sentence; a run-on "sentence" (text without punctuation) reads only its first cues.
  const cues = findCues(tokens, (i) => runOf[i]! >= 0, kinds).slice(0, MAX_CUES_PER_SENTENCE);
  const used = new Set<CueMatch>();
  const usedRuns = new Set<number>();
  const out: QuoteDraft[] = [];
  const cueRange = (c: CueMatch) => ({ start: tokens[c.first]!.start, end: tokens[c.last]!.end, text: text.slice(tokens[c.first]!.start, tokens[c.last]!.end) });
  const firstTok = (r: QuoteRun) => runOf.indexOf(runs.indexOf(r));
  const lastTok = (r: QuoteRun) => runOf.lastIndexOf(runs.indexOf(r));

  // 1. Direct quotes and the clause attributing each.
  runs.forEach((r, ri) => {
    if (usedRuns.has(ri) || isTitle(text, r)) return;
    const a = lastTok(r) + 1;
    const nextRun = runs[ri + 1];
    // A short quoted name or term inside the attribution ("wearing “Ted Cruz” pins, said") does not end it.
    const nextLong = runs.slice(ri + 1).find((x) => wordCount(text, x) >= opts.minBareQuoteWords);
    const clauseEnd = nextLong ? firstTok(nextLong) : tokens.length;
    const after = cues.find((c) => !used.has(c) && c.first >= a && c.first < clauseEnd && c.first - a <= opts.maxAttributionTokens);
    const endsWithComma = /[,?!]\s*$/.test(text.slice(r.start, r.end)) || tokens[a]?.text === ',' ||
      (after !== undefined && after.first - a <= 3 && tokens.slice(a, after.first).every((t) => /^\p{Lu}/u.test(t.text) || /^(he|she|they|it|we|i)$/.test(t.text)));
    // A run deep inside a clause ("called X “crazy”, said Y") is reported speech, not the quote the cue attributes.
    const leads = firstTok(r) <= (ri > 0 ? lastTok(runs[ri - 1]!) + 4 : 3) || r.end - r.start > 0.5 * (text.slice(start, r.open).length + r.end - r.start);
    if (after && endsWithComma && leads && a < tokens.length) {
      used.add(after);
      const source = sourceBefore(tokens, after.first, a) ?? sourceAfter(tokens, after.last, clauseEnd);
      const draft: QuoteDraft = { kind: 'direct', start: r.start, end: r.end, cue: cueRange(after), source };
      // "Raising the fare “is the only honest option,” Roe said": words of the sentence leading into the quote are part of what was said.
      const lead = firstTok(r) - 1;
      if (ri === 0 && lead >= 2 && runOf[lead]! < 0 && tokens.slice(0, lead + 1).every((t, k) => runOf[k]! < 0 && !/^[:;\u2014\u2013]$/.test(t.text)) &&
        !cues.some((c) => c.last < lead + 1) && /\w/.test(tokens[lead]!.text)) {
        draft.kind = 'mixed';
        draft.start = tokens[0]!.start;
      }
      // "“The crux,” he said, “is ...”": the clause ends in a comma and the next run carries on the quote.
      if (nextRun && nextRun === nextLong && tokens[clauseEnd - 1]?.text === ',' && !cues.some((c) => !used.has(c) && c.first > firstTok(nextRun))) {
        draft.pieces = [{ start: r.start, end: r.end }, { start: nextRun.start, end: nextRun.end }];
        draft.end = nextRun.end;
        usedRuns.add(ri + 1);
      }
      usedRuns.add(ri);
      out.push(draft);
      return;
    }
    const b = firstTok(r);
    const prevEnd = ri > 0 ? lastTok(runs[ri - 1]!) + 1 : 0;
    const before = [...cues].reverse().find((c) => !used.has(c) && c.last < b && c.first >= prevEnd);
    if (before) {
      const gap = tokens.slice(before.last + 1, b);
      const adjacent = gap.every((t) => !t.word || t.text === 'that') || (gap.length <= 4 && /[:,]/.test(gap[gap.length - 1]?.text ?? ''));
      // "says “the wind is at our backs” despite the loss": reported speech carries on past the run, so it is mixed.
      const tailEnd = nextRun ? firstTok(nextRun) : tokens.length;
      const carriesOn = !/[.!?,;:]\s*$/.test(text.slice(r.start, r.end)) && tokens.slice(lastTok(r) + 1, tailEnd).filter((t) => t.word).length >= 2 && !/[:,]/.test(gap[gap.length - 1]?.text ?? '');
      if (adjacent && !carriesOn) {
        used.add(before);
        // "..., saying “...”": the -ing cue speaks for the clause's subject.
        const ingSubject = ING.test(before.text) && tokens[before.first - 1]?.text === ',' ? out[out.length - 1]?.source ?? subject(tokens, 0, before.first) : null;
        out.push({ kind: 'direct', start: r.start, end: r.end, cue: cueRange(before), source: speakerBefore(tokens, before.first, prevEnd) ?? ingSubject ?? sourceAfter(tokens, before.last, b) });
        usedRuns.add(ri);
      }
    }
  });

  // 2. "X said:" ending the sentence introduces the next paragraph's quote.
  const final = tokens[tokens.length - 1];
  if (final?.text === ':' && !runs.length) {
    const c = [...cues].reverse().find((x) => !used.has(x) && x.last >= tokens.length - 4);
    if (c) {
      used.add(c);
      const source = sourceBefore(tokens, c.first, 0) ?? sourceAfter(tokens, c.last, tokens.length - 1);
      if (source) out.push({ kind: 'direct', start: final.end, end: final.end, cue: cueRange(c), source, lead: true });
    }
  }

  // 3. Reported speech around the cues left over; a quote run inside its content makes it mixed.
  // "according to" frames its whole clause, so it claims its content before any cue inside it.
  // Of overlapping contents the widest wins: "X said Y considered Z an adversary" reports X's words, which hold Y's.
  const ordered = [...cues.filter((c) => c.text === 'according to'), ...cues.filter((c) => c.text !== 'according to')];
  const candidates: { c: CueMatch; draft: QuoteDraft }[] = [];
  for (const c of ordered) {
    if (used.has(c)) continue;
    const draft = reported(text, tokens, c, runOf, opts);
    if (!draft) continue;
    // "argued that X, but suggested Y" / "criticized X, saying Y": the next coordinated cue starts its own content.
    const next = cues.find((c2) => c2.first > c.last && tokens[c2.first]!.start < draft.end && tokens[c2.first]!.start > draft.start && coordinated(tokens, c2));
    if (next) {
      let k = next.first - 1;
      while (k > 0 && /^(and|but|also|then|,)$/.test(tokens[k]!.text)) k--;
      if (tokens[k]!.end > draft.start) draft.end = tokens[k]!.end;
    } else {
      // "Most said A, and a third said B", "X backs A, while Y wants B": a new subject with a cue of its own after ", and" starts another report.
      const cut = newClauseCue(tokens, cues, c, draft);
      if (cut >= 0) draft.end = tokens[cut]!.end;
    }
    draft.cue = cueRange(c);
    candidates.push({ c, draft });
  }
  const widest = [...candidates].sort((x, y) => Number(y.c.text === 'according to') - Number(x.c.text === 'according to') || (y.draft.end - y.draft.start) - (x.draft.end - x.draft.start));
  for (const { c, draft } of widest) {
    // A quote whose own cue lies inside this content is nested speech ("said he expected voters will say “no”"): this content holds it.
    // Only a quote run straight on from its cue is nested ("will say “no”"); "..., Trump replied, “…”" is a quote of its own.
    const nested = out.filter((d) => d.kind === 'direct' && d.cue && d.start >= draft.start && d.end <= draft.end + 1 && d.cue.start >= draft.start &&
      d.cue.end <= d.start && !/[,:;.]/.test(text.slice(d.cue.end, d.start)));
    const blocking = out.filter((d) => !nested.includes(d) && d.start < draft.end && draft.start < d.end);
    // "... is short of funds. “We need it,” said Roe": content running into a quote attributed on its own ends before it.
    if (blocking.length && !truncateBefore(tokens, draft, blocking, opts.minIndirectWords)) continue;
    for (const d of nested) out.splice(out.indexOf(d), 1);
    const inside = runs.map((r, ri) => (r.start >= draft.start && r.end <= draft.end + 1 ? ri : -1)).filter((ri) => ri >= 0 && (!usedRuns.has(ri) || nested.some((d) => d.start === runs[ri]!.start)));
    if (inside.length) draft.kind = 'mixed';
    inside.forEach((ri) => usedRuns.add(ri));
    if (out.some((d) => d.start < draft.end && draft.start < d.end)) continue;
    if (draft.source === null && ING.test(c.text)) draft.source = out[out.length - 1]?.source ?? subject(tokens, 0, c.first);
    out.push(draft);
  }

  // 4. A headline or standfirst "Name: what they said" (no cue word; the colon is the cue).
  if (!out.length && !cues.length) {
    const colon = tokens.findIndex((t) => t.text === ':');
    // Section labels ("The Latest:", "Update:") and tallies ("Clinton: 1,769") are no speech.
    if (colon >= 1 && colon <= 5 && tokens.slice(0, colon).every((t) => /^\p{Lu}/u.test(t.text) || /^['\u2019]s$/.test(t.text)) && !SECTION.test(tokens[0]!.text) && !SECTION.test(tokens[colon - 1]!.text)) {
      const last = tokens[tokens.length - 1]!;
      const said = tokens.slice(colon + 1).filter((t) => t.word && /\p{L}/u.test(t.text)).length;
      if (colon + opts.minIndirectWords < tokens.length && said >= opts.minIndirectWords) {
        out.push({ kind: 'indirect', start: tokens[colon + 1]!.start, end: last.word || isMark(last.text) ? last.end : tokens[tokens.length - 2]!.end, cue: { start: tokens[colon]!.start, end: tokens[colon]!.end, text: ':' }, source: { start: tokens[0]!.start, end: tokens[colon - 1]!.end, pronoun: false } });
        runs.forEach((_, ri) => usedRuns.add(ri));
      }
    }
  }

  // 5. Runs with no attribution in this sentence: long ones continue the previous speaker.
  runs.forEach((r, ri) => {
    if (usedRuns.has(ri) || isTitle(text, r)) return;
    const words = text.slice(r.start, r.end).split(/\s+/).filter(Boolean).length;
    if (words >= opts.minBareQuoteWords) out.push({ kind: 'direct', start: r.start, end: r.end, cue: null, source: null, bare: true });
  });
  return out.sort((x, y) => x.start - y.start);
}

/** Conjunctions after a comma that may open a new main clause. */
const CLAUSE_CONJ = /^(and|but|while|whereas|though|although|yet|compared|after|as)$/i;

/**
 * Index of the last token of `draft`'s own clause when a later cue inside it has a subject of its own right after ", and"
 * (", while", ", compared with"): "... said A, and a third said B"; else -1.
 */
function newClauseCue(tokens: WordToken[], cues: CueMatch[], c: CueMatch, draft: QuoteDraft): number {
  for (const c2 of cues) {
    if (c2.first <= c.last + 2 || tokens[c2.first]!.start >= draft.end) continue;
    for (let k = c2.first - 2; k > c.last; k--) {
      if (tokens[k]!.text !== ',' || tokens[k]!.start <= draft.start) continue;
      let s = k + 1;
      if (!CLAUSE_CONJ.test(tokens[s]!.text)) continue;
      s++;
      if (tokens[s - 1]!.text.toLowerCase() === 'compared' && /^(with|to)$/.test(tokens[s]?.text ?? '')) s++;
      if (s >= c2.first) break;
      const src = sourceBefore(tokens, c2.first, s);
      if (src && src.start === tokens[s]!.start) return k - 1;
      break;
    }
  }
  return -1;
}

/** Ends `draft` before the first of `blocking` (quotes it runs into); false when that leaves too little or a quote opens before it. */
function truncateBefore(tokens: WordToken[], draft: QuoteDraft, blocking: QuoteDraft[], minWords: number): boolean {
  const first = Math.min(...blocking.map((d) => d.start));
  // Only a quote attributed after itself ("“…,” said Roe") stands apart; one led in by a cue continues what went before.
  if (first <= draft.start || blocking.some((d) => !d.cue || d.cue.start < d.end)) return false;
  let k = tokens.findIndex((t) => t.start >= draft.start);
  let last = -1;
  let words = 0;
  for (; k >= 0 && k < tokens.length && tokens[k]!.end < first; k++) if (tokens[k]!.word) { last = k; words++; }
  if (last < 0 || words < minWords) return false;
  draft.end = tokens[last]!.end;
  return true;
}

/** Reported speech around one cue, or null when neither side holds a clause. */
function reported(text: string, tokens: WordToken[], c: CueMatch, runOf: number[], opts: QuoteOptions): QuoteDraft | null {
  const n = tokens.length;
  // Quoted words count: "says he voted “uncommitted.”" reports a whole clause.
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t) => t.word).length;
  let endTok = n;
  while (endTok > 0 && !tokens[endTok - 1]!.word && !isMark(tokens[endTok - 1]!.text)) endTok--;
  const clauseStart = lastBoundary(tokens, c.first);
  const draft = (s: number, e: number, source: SourcePhrase | null): QuoteDraft | null => {
    if (e <= s) return null;
    const [a, b] = [tokens[s]!.start, tokens[e - 1]!.end];
    return { kind: 'indirect', start: a, end: b, cue: null, source };
  };
  // "Besides attacking X, ..., Mr. Y asserted ...": a participle after an opening preposition reports up to its comma,
  // and the main clause's subject speaks.
  const introIng = ING.test(c.text) && c.first <= clauseStart + 3 && tokens.slice(clauseStart, c.first).some((t) => INTRO_ING.test(t.text)) && !tokens.slice(clauseStart, c.first).some((t) => t.text === ',');
  if (c.text !== 'according to' && (introIng || (c.first === 0 && /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(tokens[0]!.text)))) {
    const comma = tokens.findIndex((t, k) => k > c.last && t.text === ',');
    return comma > c.last + 1 ? draft(c.last + 1, comma, subject(tokens, comma + 1, n)) : null;
  }
  if (c.noun) return nounReport(tokens, c, clauseStart, endTok, opts.minIndirectWords);
  if (c.hedge) {
    // "It appears that X": the that-clause; "X appeared to Y": the whole clause, subject included.
    if (tokens[c.last + 1]?.text === 'that') return words(c.last + 2, endTok) >= opts.minIndirectWords ? draft(c.last + 1, endTok, null) : null;
    const from = subjectStart(tokens, clauseStart, c.first);
    return from < c.first && words(from, endTok) >= opts.minIndirectWords + 2 ? draft(from, endTok, subject(tokens, clauseStart, c.first)) : null;
  }
  if (c.passive && c.text !== 'according to') return passiveReport(tokens, c, clauseStart, endTok, opts.minIndirectWords);
  if (c.text === 'according to') {
    let k = c.last + 1;
    while (k < n && tokens[k]!.text !== ',') k++;
    // "According to a recent poll, Trump leads": the source ends at its comma.
    const src = sourceAfter(tokens, c.last, k);
    const from = clauseStart + (/^(and|but|so|yet)$/i.test(tokens[clauseStart]?.text ?? '') ? 1 : 0);
    if (c.first <= from + 1) return k + 1 < endTok && words(k + 1, endTok) >= opts.minIndirectWords ? draft(k + 1, endTok, src) : null;
    // "Absent from the talks, according to members who spoke afterward, was any mention of ...": both sides are content.
    if (k + 1 < endTok && tokens[c.first - 1]?.text === ',' && words(k + 1, endTok) >= opts.minIndirectWords) return draft(from, endTok, src);
    const stop = tokens[c.first - 1]?.text === ',' ? c.first - 1 : c.first;
    return words(from, stop) >= opts.minIndirectWords ? draft(from, stop, src) : null;
  }
  // Content after the cue: "X said (that) ...", "called for ...", "accused X of ...".
  let s = c.last + 1;
  while (s < n && (tokens[s]!.text === ':' || tokens[s]!.text === ',')) s++;
  // "..., saying ...": an -ing cue after a comma speaks for the clause's subject.
  const ing = ING.test(c.text) && tokens[c.first - 1]?.text === ',';
  const before = ing ? subject(tokens, clauseStart, c.first) : speakerBefore(tokens, c.first, clauseStart);
  // "..., said Dan Roe, a pollster." / "..., they said, can be ...": the attribution stands after or inside its content.
  // "Jane Roe, a union spokeswoman, called the offer ...": a comma closing the speaker's apposition, with what was said
  // after the cue, is no inversion.
  const apposition = before !== null && tokens[c.first - 1]?.text === ',' && tokenIndexAt(tokens, before.end) >= c.first - 1 &&
    words(s, endTok) >= opts.minIndirectWords + 1 && !NOT_COMPLEMENT.test(tokens[s]?.text ?? '') && (words(s, endTok) >= 5 || !POST_CUE.test(tokens[s]?.text ?? ''));
  if (!ING.test(c.text) && !apposition && (tokens[c.first - 1]?.text === ',' || (before && interrupting(tokens, c, before)))) {
    // The content may open with a quote run ("“We're happy” about it, said X"): only ; and : bound it.
    const hardStart = hardBoundary(tokens, c.first);
    const inverted = invertedReport(tokens, c, before, hardStart, endTok, opts.minIndirectWords);
    if (inverted) return draft(inverted.start, inverted.end, inverted.source);
  }
  // "said Sunday that ...", "said instead that ...", "told reporters Tuesday that ...": what was said starts at "that".
  const that = thatAfter(tokens, s, runOf, TELL.test(c.text));
  const adjunct = that < 0 && NOT_COMPLEMENT.test(tokens[s]?.text ?? '') && before && tokens[tokenIndexAt(tokens, before.start) - 1]?.text === ',';
  // "called Trump “unhinged.”": a quoted word makes a two-word content enough.
  const hasRun = tokens.some((_, k) => k >= s && runOf[k]! >= 0);
  const minWords = hasRun ? Math.min(2, opts.minIndirectWords) : opts.minIndirectWords;
  if (!adjunct && words(s, endTok) >= minWords && (before || ING.test(c.text) || c.first === 0)) {
    if (that >= 0 && words(that + 1, endTok) >= opts.minIndirectWords) return draft(that, endTok, before);
    // "said as he left" said nothing; "said on Tuesday, after the vote, ..." starts after the comma.
    if (ADJUNCT_START.test(tokens[s]?.text ?? '') || TELL.test(c.text)) {
      const comma = tokens.findIndex((t, k) => k >= s && t.text === ',');
      if (ADJUNCT_START.test(tokens[s]?.text ?? '') && comma >= 0 && comma < s + 8 && words(comma + 1, endTok) >= opts.minIndirectWords) return draft(comma + 1, endTok, before);
    }
    return draft(s, endTok, before);
  }
  // Content before the cue: "..., X said." / "..., said X."
  // Only when nothing but an adjunct follows: "..., Holder announced his resignation" reports no content before it.
  const rest = words(s, endTok);
  if (adjunct || rest === 0 || (rest < opts.minIndirectWords + 2 && (ADJUNCT_START.test(tokens[s]?.text ?? '') || POST_CUE.test(tokens[s]?.text ?? '')))) {
    const source = before ?? sourceAfter(tokens, c.last, endTok);
    if (!source) return null;
    let stop = Math.min(tokenIndexAt(tokens, source.start), c.first);
    while (stop > 0 && tokens[stop - 1]!.text !== ',') stop--;
    // "Shortly after my sentence, X said ...": an opening adverbial is not what was said.
    if (stop <= 1 || (INTRO.test(tokens[0]!.text) && words(0, stop - 1) <= 6)) return null;
    return words(0, stop - 1) >= opts.minIndirectWords ? draft(0, stop - 1, source) : null;
  }
  return null;
}

/** Index of a "that" opening the content within a few words after a cue ("said on Sunday that"), or -1. */
function thatAfter(tokens: WordToken[], s: number, runOf: number[], tell: boolean): number {
  // "said in the early hours of Friday that", "wrote on his campaign website that": a prepositional adjunct may hold any noun.
  const pp = /^(in|on|at|during|via|through|after|before|over|to|with|from)$/.test(tokens[s]?.text ?? '');
  for (let k = s; k < tokens.length && k < s + (tell ? 14 : 9); k++) {
    const t = tokens[k]!;
    if (runOf[k]! >= 0 || /^[,;:.!?\u2014\u2013]$/.test(t.text)) return -1;
    if (t.text === 'that') return k;
    if (tell || pp) continue; // "told The Post and Courier newspaper on Saturday that": the addressee may be any noun phrase
    // Only an adjunct or the addressee may stand between ("said Clinton reassured them that" is content).
    if (t.word && /^\p{Ll}/u.test(t.text) && !BEFORE_THAT.test(t.text) && !/ly$/.test(t.text)) return -1;
  }
  return -1;
}

/** Lower-case words of an adjunct or addressee between a cue and its "that": "said on Sunday", "told reporters this week". */
const BEFORE_THAT = /^(on|in|at|during|after|before|last|this|next|week|month|year|night|morning|afternoon|evening|weekend|earlier|later|today|yesterday|instead|again|also|repeatedly|reporters|journalists|the|a|an|his|her|their|interview|statement|speech|conference|news|press|briefing|call|rally|radio|television|tv|show|program|with|to|of|him|them|me|us|voters|supporters|audience|crowd|members|lawmakers|officials|recently|privately|publicly|time)$/;

const skippableWord = (t: WordToken) => t.word && /^(also|then|later|now|still|again|repeatedly|publicly|has|had|have|\p{Ll}+ly)$/u.test(t.text);

/** Verbs whose object is a document that speaks for their subject ("issued a statement saying"). */
const ISSUED = /^(issued|issues|released|releases|out|sent|sends|posted|posts|published|wrote|writes|filed|delivered|gave|signed)$/i;

/** The source phrase before a cue, or for a verb coordinated with an earlier one ("... and says ..."), the clause's subject. */
function speakerBefore(tokens: WordToken[], cue: number, floor: number): SourcePhrase | null {
  // "... survived five years in prison and says ...": a verb coordinated with an earlier one shares its subject.
  const vpAnd = /^(and|but)$/.test(tokens[cue - 1]?.text ?? '') || (/^(and|but)$/.test(tokens[cue - 2]?.text ?? '') && skippableWord(tokens[cue - 1]!));
  const before = sourceBefore(tokens, cue, floor);
  // "The town released a statement Wednesday saying ...": the document is the object; the clause's subject speaks.
  const prev = tokens[tokenIndexAt(tokens, before?.start ?? 0) - 1]?.text ?? '';
  if (before && ING.test(tokens[cue]!.text) && (ISSUED.test(prev) || /^\p{Ll}{3,}ed$/u.test(prev))) return subject(tokens, floor, cue) ?? before;
  // The shared subject may stand before a quote run that ends the clause floor ("X called it “reckless” and urged ...").
  return before ?? (vpAnd ? subject(tokens, hardBoundary(tokens, cue), cue) : null);
}

/** "X, he said, is ...", "X, Smith said, is ...": a short attribution set off by commas inside the content. */
function interrupting(tokens: WordToken[], c: CueMatch, before: SourcePhrase): boolean {
  const first = tokenIndexAt(tokens, before.start);
  const next = tokens[c.last + 2];
  return tokens[first - 1]?.text === ',' && tokens[c.last + 1]?.text === ',' && c.first - first <= 3 && first >= 3 &&
    !INTRO.test(tokens[0]!.text) && next !== undefined && next.word && !/^(according|but|and|as|while|when|who|which)$/i.test(next.text);
}

/**
 * Reported speech whose attribution follows its content ("The race will be tight, said Dan Roe, a pollster.") or
 * interrupts it ("Riding alone, they said, can be hazardous."): token range [start, end) of the content and its source.
 */
function invertedReport(tokens: WordToken[], c: CueMatch, before: SourcePhrase | null, clauseStart: number, endTok: number, minWords: number): { start: number; end: number; source: SourcePhrase } | null {
  const words = (a: number, b: number) => tokens.slice(a, b).filter((t) => t.word).length;
  let source = before;
  let srcFirst = before ? tokenIndexAt(tokens, before.start) : c.first;
  const after = c.last + 1; // first token after the attribution
  if (tokens[c.first - 1]?.text === ',' && !before) {
    // ", said Dan Roe, a pollster at X." — the name (and its apposition) after the cue.
    source = sourceAfter(tokens, c.last, endTok);
    if (!source) return null;
    srcFirst = c.first;
  }
  if (!source) return null;
  const comma = srcFirst - 1;
  if (tokens[comma]?.text !== ',' || words(clauseStart, comma) < minWords) return null;
  // "X, they said, is ...": content resumes after an attribution standing inside it (not after ", said Y, a pollster").
  const resumes = source === before && tokens[after]?.text === ',' && after + 1 < endTok && !/^(but|and|while|although|though|who|which|whose|where|when|as)$/i.test(tokens[after + 1]!.text) && words(after + 1, endTok) >= 2;
  return { start: clauseStart, end: resumes ? endTok : comma, source };
}

/** Words right after a cue that leave the content before it ("..., he said Friday", "..., she told reporters"). */
const POST_CUE = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|reporters|journalists|the|a|an|his|her|their|in|on|at|to|of|by|for|via|again|recently|then|too|later|earlier|afterward|afterwards|today|yesterday|tonight|last|this)$/i;

/** Words after a cue that start an adjunct, not what was said ("said on Friday, after ..."). */
const NOT_COMPLEMENT = /^(on|in|at|after|before|during|late|earlier|later|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|,|\.)$/i;
/** Words that open an adjunct after a cue rather than what was said. */
const ADJUNCT_START = /^(as|about|on|in|at|after|before|during|when|while|with|by|from|via|through|last|this|late|earlier|later|yesterday|today)$/i;
const TELL = /^(told|tell|tells|telling|assured|reminded)$/;
/** Sentence adverbs set off by a comma before the subject ("Instead, the senator ..."). */
const SENTENCE_ADVERB = /^(instead|still|yet|indeed|also|now|then|so|meanwhile|however|moreover|similarly|likewise|separately|later|earlier|again|nonetheless|nevertheless|otherwise|still)$/i;
/** Prepositions that open a sentence with a participle adjunct ("After meeting ...", "Besides attacking ..."). */
const INTRO_ING = /^(after|before|besides|despite|while|when|since|by|in|on|without|upon|of|than)$/i;
/** Sentence openers that start an introductory phrase, skipped to reach the subject. */
const INTRO = /^(during|in|on|at|after|before|meanwhile|however|last|earlier|later|since|while|when|despite|for|with|under|as|by|yesterday|today)$/i;

/** Adverbs inside a passive verb group ("was first reported", "have repeatedly been accused"). */
const PASSIVE_ADVERB = /^(first|also|later|then|still|now|never|even|initially|previously|originally|since|long|\p{Ll}+ly)$/u;
/** Prepositions that attach a modifier to a subject noun ("the shortfall in the fund", "members of the board"). */
const SUBJECT_PREP = /^(in|of|at|for|from|on|with|about|over|among)$/;
/** Auxiliaries before a passive "be" ("has been", "will be", "could have been"). */
const AUX = /^(has|have|had|will|would|could|should|may|might|must|can|not|n't|also|is|are|was|were|being|been|be|['\u2019]s|['\u2019]ve)$/i;

/**
 * A passive cue: "The issue was first reported by the Post" reports its subject, said by the agent; "Peacekeepers have
 * been accused of abuses" reports the whole clause, with no one named as saying it.
 */
function passiveReport(tokens: WordToken[], c: CueMatch, clauseStart: number, endTok: number, minWords: number): QuoteDraft | null {
  const words = (a: number, b: number) => tokens.slice(a, b).filter((t) => t.word).length;
  let aux = c.first;
  while (aux - 1 >= clauseStart && (AUX.test(tokens[aux - 1]!.text) || PASSIVE_ADVERB.test(tokens[aux - 1]!.text))) aux--;
  // The subject is the noun phrase right before the verb group ("... said that police killings should be recognized as").
  const subj = sourceBefore(tokens, aux, clauseStart);
  if (!subj || subj.pronoun) return null;
  let from = tokenIndexAt(tokens, subj.start);
  // "The shortfall in the pension fund was reported": a prepositional modifier belongs to the subject.
  for (let n = 0; n < 3 && from - 2 >= clauseStart && SUBJECT_PREP.test(tokens[from - 1]!.text); n++) {
    const head = sourceBefore(tokens, from - 1, clauseStart);
    if (!head || head.pronoun) break;
    from = tokenIndexAt(tokens, head.start);
  }
  if (from >= aux) return null;
  let by = c.last + 1;
  if (/^\p{Ll}+ly$/u.test(tokens[by]?.text ?? '')) by++;
  const make = (a: number, b: number, source: SourcePhrase | null): QuoteDraft => ({ kind: 'indirect', start: tokens[a]!.start, end: tokens[b - 1]!.end, cue: null, source });
  if (tokens[by]?.text === 'by') {
    const agent = sourceAfter(tokens, by, endTok);
    return agent && words(from, aux) >= minWords ? make(from, aux, agent) : null;
  }
  return words(c.last + 1, endTok) >= 1 && words(from, endTok) >= minWords + 2 ? make(from, endTok, null) : null;
}

/** "Smith's claim that X", "the warning that X": the that-clause is what was said; the possessor, if any, said it. */
function nounReport(tokens: WordToken[], c: CueMatch, clauseStart: number, endTok: number, minWords: number): QuoteDraft | null {
  const that = c.last + 1;
  if (tokens.slice(that + 1, endTok).filter((t) => t.word).length < minWords) return null;
  let source: SourcePhrase | null = null;
  const prev = tokens[c.first - 1];
  if (prev && /^(his|her|their|its)$/i.test(prev.text)) source = { start: prev.start, end: prev.end, pronoun: true };
  else if (prev && /^['\u2019]s?$/.test(prev.text)) {
    let k = c.first - 2;
    const end = k;
    while (k >= 0 && ((/^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.word) || (tokens[k]!.text === '.' && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[k - 1]?.text ?? '')))) k--;
    if (k < end) source = { start: tokens[k + 1]!.start, end: tokens[end]!.end, pronoun: false };
  } else if (prev) {
    // "Smith repeated the claim that ...", "officials issued a warning that ...": the subject of the verb holding the noun.
    let v = c.first - 2;
    if (v > clauseStart && /^(a|an|the|his|her|their|its)$/i.test(tokens[v]!.text)) v--; // "repeated the false claim"
    if (v > clauseStart && (isVerbLike(tokens[v]!.text) || /^\p{Ll}{3,}ed$/u.test(tokens[v]!.text))) source = sourceBefore(tokens, v, clauseStart);
    // "Critics seized on the claim that ...": else the clause's subject, whose stance the noun most often reports.
    if (!source) {
      const subj = subject(tokens, clauseStart, c.first);
      if (subj && tokenIndexAt(tokens, subj.end) < c.first - 1) source = subj;
    }
  }
  return { kind: 'indirect', start: tokens[that]!.start, end: tokens[endTok - 1]!.end, cue: null, source };
}

/** Common verbs that take a noun of speech as object ("made the claim", "repeated his warning", "voiced concerns"). */
const isVerbLike = (w: string) => /^(made|makes|make|repeated|repeats|voiced|voices|raised|raises|issued|issues|expressed|expresses|rejected|rejects|dismissed|dismisses|denied|denies|shared|shares|echoed|echoes|reiterated|offered|gave|gives|sent|sends|fueled|fuelled|stoked|dispelled|disputed|disputes|cited|cites|pushed|pushes|renewed|has|have|had)$/.test(w);

/** Token index where the subject of the clause [from, to) starts: after a dateline or an introductory phrase. */
function subjectStart(tokens: WordToken[], from: number, to: number): number {
  let k = from;
  // A dateline ("WASHINGTON (Reuters) —") is where, not who.
  const dash = tokens.findIndex((t, i) => i >= from && i < Math.min(to, from + 8) && /^[\u2014\u2013-]$/.test(t.text));
  if (dash >= 0 && tokens.slice(from, dash).every((t) => !t.word || t.text === t.text.toUpperCase() || /^\p{Lu}/u.test(t.text))) k = dash + 1;
  // "Speaking in Iowa, ...", "In a statement, ...": an opening phrase up to its comma; "Instead, ...": a sentence adverb.
  const t0 = tokens[k]?.text ?? '';
  if (INTRO.test(t0) || (k === from && /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(t0))) {
    while (k < to && tokens[k]!.text !== ',') k++;
    k++;
  } else if (SENTENCE_ADVERB.test(t0) && tokens[k + 1]?.text === ',') k += 2;
  return k;
}

/** The subject noun phrase of the clause [from, to): after an introductory phrase, if any. */
function subject(tokens: WordToken[], from: number, to: number): SourcePhrase | null {
  const k = subjectStart(tokens, from, to);
  return k < to ? sourceAfter(tokens, k - 1, to) : null;
}

/** Small words that stay lower-case inside a title ("State of the Union", "Meet the Press"). */
const TITLE_SMALL = /^(of|the|a|an|and|or|with|in|on|for|to|at|by|from|vs)$/;

/** A quoted name of a show, book or slogan in Title Case ("Fareed Zakaria GPS,"): a title, not something said. */
function isTitle(text: string, r: QuoteRun): boolean {
  const body = text.slice(r.start, r.end).replace(/[,.;:!?\s]+$/, '');
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8 || /[.!?]/.test(body)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w) || TITLE_SMALL.test(w)) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

const wordCount = (text: string, r: QuoteRun) => text.slice(r.start, r.end).split(/\s+/).filter(Boolean).length;

/** A cue joined to an earlier one: "..., saying", "and warned", "but suggested". */
function coordinated(tokens: WordToken[], c: CueMatch): boolean {
  const p1 = tokens[c.first - 1]?.text ?? '';
  const p2 = tokens[c.first - 2]?.text ?? '';
  return (p1 === ',' && ING.test(c.text)) || (p1 === 'but' && p2 === ',') || (p1 === 'also' && p2 === 'but') ||
    (p1 === 'and' && !ING.test(c.text) && !c.passive);
}

/** Token index where a clause holding token i may start (after a semicolon or a closing quote mark). */
function lastBoundary(tokens: WordToken[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.text === ';' || tokens[k]!.text === ':' || /^[\u201D]$/.test(tokens[k]!.text)) return k + 1;
  return 0;
}

/** Token index after the last ";" or ":" before token i. */
function hardBoundary(tokens: WordToken[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.text === ';' || tokens[k]!.text === ':') return k + 1;
  return 0;
}

function tokenIndexAt(tokens: WordToken[], offset: number): number {
  const k = tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? tokens.length : k;
}
