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

/** Labels that open a line with a colon without anyone speaking ("Read more:", "Update:", "Photo:"). */
const SECTION = /^(Read|Watch|Listen|See|Related|Update|Updated|Photo|Video|Editor|Note|Source|Sources|Correction|Advertisement|Click|Share|Follow|Subscribe|Sign|More|Also|Image|Credit|Posted|Published|Tags|Topics|By)$/;
const isMark = (t: string) => /^["\u201C\u201D\u201E\u00AB\u00BB]$/.test(t);
const ING = /ing$/;

/** Attributions in one sentence [start, end) holding quote runs `runs`. */
export function parseSentence(text: string, start: number, end: number, runs: QuoteRun[], opts: QuoteOptions, kinds: ReadonlySet<string>): QuoteDraft[] {
  const tokens = wordTokens(text, start, end);
  const runOf = tokens.map((t) => runs.findIndex((r) => t.start >= r.open && t.start < (r.close ?? r.end + 1)));
  const cues = findCues(tokens, (i) => runOf[i]! >= 0, kinds);
  const used = new Set<CueMatch>();
  const usedRuns = new Set<number>();
  const out: QuoteDraft[] = [];
  const cueRange = (c: CueMatch) => ({ start: tokens[c.first]!.start, end: tokens[c.last]!.end, text: text.slice(tokens[c.first]!.start, tokens[c.last]!.end) });
  const firstTok = (r: QuoteRun) => runOf.indexOf(runs.indexOf(r));
  const lastTok = (r: QuoteRun) => runOf.lastIndexOf(runs.indexOf(r));

  // 1. Direct quotes and the clause attributing each.
  runs.forEach((r, ri) => {
    if (usedRuns.has(ri)) return;
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
      if (adjacent) {
        used.add(before);
        out.push({ kind: 'direct', start: r.start, end: r.end, cue: cueRange(before), source: sourceBefore(tokens, before.first, prevEnd) ?? sourceAfter(tokens, before.last, b) });
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
  for (const c of cues) {
    if (used.has(c)) continue;
    const draft = reported(text, tokens, c, runOf, opts);
    if (!draft) continue;
    // "argued that X, but suggested Y" / "criticized X, saying Y": the next coordinated cue starts its own content.
    const next = cues.find((c2) => c2.first > c.last && tokens[c2.first]!.start < draft.end && tokens[c2.first]!.start > draft.start && coordinated(tokens, c2));
    if (next) {
      let k = next.first - 1;
      while (k > 0 && /^(and|but|also|then|,)$/.test(tokens[k]!.text)) k--;
      if (tokens[k]!.end > draft.start) draft.end = tokens[k]!.end;
    }
    draft.cue = cueRange(c);
    const inside = runs.map((r, ri) => (r.start >= draft.start && r.end <= draft.end + 1 ? ri : -1)).filter((ri) => ri >= 0 && !usedRuns.has(ri));
    if (inside.length) draft.kind = 'mixed';
    inside.forEach((ri) => usedRuns.add(ri));
    if (out.some((d) => d.start < draft.end && draft.start < d.end)) continue;
    if (draft.source === null && ING.test(c.text)) draft.source = out[out.length - 1]?.source ?? subject(tokens, 0, c.first);
    out.push(draft);
  }

  // 4. A headline or standfirst "Name: what they said" (no cue word; the colon is the cue).
  if (!out.length && !cues.length) {
    const colon = tokens.findIndex((t) => t.text === ':');
    if (colon >= 1 && colon <= 5 && tokens.slice(0, colon).every((t) => /^\p{Lu}/u.test(t.text) || /^['\u2019]s$/.test(t.text)) && !SECTION.test(tokens[0]!.text)) {
      const last = tokens[tokens.length - 1]!;
      if (colon + opts.minIndirectWords < tokens.length) {
        out.push({ kind: 'indirect', start: tokens[colon + 1]!.start, end: last.word || isMark(last.text) ? last.end : tokens[tokens.length - 2]!.end, cue: { start: tokens[colon]!.start, end: tokens[colon]!.end, text: ':' }, source: { start: tokens[0]!.start, end: tokens[colon - 1]!.end, pronoun: false } });
        runs.forEach((_, ri) => usedRuns.add(ri));
      }
    }
  }

  // 5. Runs with no attribution in this sentence: long ones continue the previous speaker.
  runs.forEach((r, ri) => {
    if (usedRuns.has(ri)) return;
    const words = text.slice(r.start, r.end).split(/\s+/).filter(Boolean).length;
    if (words >= opts.minBareQuoteWords) out.push({ kind: 'direct', start: r.start, end: r.end, cue: null, source: null, bare: true });
  });
  return out.sort((x, y) => x.start - y.start);
}

/** Reported speech around one cue, or null when neither side holds a clause. */
function reported(text: string, tokens: WordToken[], c: CueMatch, runOf: number[], opts: QuoteOptions): QuoteDraft | null {
  const n = tokens.length;
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t, k) => t.word && runOf[from + k]! < 0).length;
  let endTok = n;
  while (endTok > 0 && !tokens[endTok - 1]!.word && !isMark(tokens[endTok - 1]!.text)) endTok--;
  const clauseStart = lastBoundary(tokens, c.first);
  const draft = (s: number, e: number, source: SourcePhrase | null): QuoteDraft | null => {
    if (e <= s) return null;
    const [a, b] = [tokens[s]!.start, tokens[e - 1]!.end];
    return { kind: 'indirect', start: a, end: b, cue: null, source };
  };
  if (c.text === 'according to') {
    const src = sourceAfter(tokens, c.last, n);
    let k = c.last + 1;
    while (k < n && tokens[k]!.text !== ',') k++;
    if (c.first <= 1) return k + 1 < endTok && words(k + 1, endTok) >= opts.minIndirectWords ? draft(k + 1, endTok, src) : null;
    const stop = tokens[c.first - 1]?.text === ',' ? c.first - 1 : c.first;
    return words(0, stop) >= opts.minIndirectWords ? draft(0, stop, src) : null;
  }
  // Content after the cue: "X said (that) ...", "called for ...", "accused X of ...".
  let s = c.last + 1;
  while (s < n && (tokens[s]!.text === ':' || tokens[s]!.text === ',')) s++;
  // "..., saying ...": an -ing cue after a comma speaks for the clause's subject.
  const ing = ING.test(c.text) && tokens[c.first - 1]?.text === ',';
  const before = ing ? subject(tokens, clauseStart, c.first) : sourceBefore(tokens, c.first, clauseStart);
  const adjunct = NOT_COMPLEMENT.test(tokens[s]?.text ?? '') && before && tokens[tokenIndexAt(tokens, before.start) - 1]?.text === ',';
  if (!adjunct && words(s, endTok) >= opts.minIndirectWords && (before || ING.test(c.text) || c.first === 0)) {
    // "said on Tuesday that ...", "told reporters that ...": what was said starts at "that"; "said as he left" said nothing.
    if (ADJUNCT_START.test(tokens[s]?.text ?? '') || TELL.test(c.text)) {
      const that = tokens.findIndex((t, k) => k >= s && k < s + 8 && t.text === 'that');
      const comma = tokens.findIndex((t, k) => k >= s && t.text === ',');
      if (that >= 0 && (comma < 0 || that < comma)) return draft(that, endTok, before);
      if (ADJUNCT_START.test(tokens[s]?.text ?? '') && comma >= 0 && comma < s + 8 && words(comma + 1, endTok) >= opts.minIndirectWords) return draft(comma + 1, endTok, before);
    }
    return draft(s, endTok, before);
  }
  // Content before the cue: "..., X said." / "..., said X."
  if (adjunct || words(s, endTok) < opts.minIndirectWords + 2) {
    const source = before ?? sourceAfter(tokens, c.last, endTok);
    if (!source) return null;
    let stop = Math.min(tokenIndexAt(tokens, source.start), c.first);
    while (stop > 0 && tokens[stop - 1]!.text !== ',') stop--;
    if (stop <= 1) return null;
    return words(0, stop - 1) >= opts.minIndirectWords ? draft(0, stop - 1, source) : null;
  }
  return null;
}

/** Words after a cue that start an adjunct, not what was said ("said on Friday, after ..."). */
const NOT_COMPLEMENT = /^(on|in|at|after|before|during|late|earlier|later|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|,|\.)$/i;
/** Words that open an adjunct after a cue rather than what was said. */
const ADJUNCT_START = /^(as|about|on|in|at|after|before|during|when|while|with|by|from|via|through|last|this|late|earlier|later|yesterday|today)$/i;
const TELL = /^(told|tell|tells|telling|assured|reminded)$/;
/** Sentence openers that start an introductory phrase, skipped to reach the subject. */
const INTRO = /^(during|in|on|at|after|before|meanwhile|however|last|earlier|later|since|while|when|despite|for|with|under|as|by|yesterday|today)$/i;

/** The subject noun phrase of the clause [from, to): after an introductory phrase, if any. */
function subject(tokens: WordToken[], from: number, to: number): SourcePhrase | null {
  let k = from;
  // A dateline ("WASHINGTON (Reuters) —") is where, not who.
  const dash = tokens.findIndex((t, i) => i >= from && i < Math.min(to, from + 8) && /^[\u2014\u2013-]$/.test(t.text));
  if (dash >= 0 && tokens.slice(from, dash).every((t) => !t.word || t.text === t.text.toUpperCase() || /^\p{Lu}/u.test(t.text))) k = dash + 1;
  if (INTRO.test(tokens[k]?.text ?? '')) {
    while (k < to && tokens[k]!.text !== ',') k++;
    k++;
  }
  return k < to ? sourceAfter(tokens, k - 1, to) : null;
}

const wordCount = (text: string, r: QuoteRun) => text.slice(r.start, r.end).split(/\s+/).filter(Boolean).length;

/** A cue joined to an earlier one: "..., saying", "and warned", "but suggested". */
function coordinated(tokens: WordToken[], c: CueMatch): boolean {
  const p1 = tokens[c.first - 1]?.text ?? '';
  const p2 = tokens[c.first - 2]?.text ?? '';
  return (p1 === ',' && ING.test(c.text)) || (p1 === 'but' && p2 === ',') || (p1 === 'also' && p2 === 'but');
}

/** Token index where a clause holding token i may start (after a semicolon or a closing quote mark). */
function lastBoundary(tokens: WordToken[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.text === ';' || /^[\u201D]$/.test(tokens[k]!.text)) return k + 1;
  return 0;
}

function tokenIndexAt(tokens: WordToken[], offset: number): number {
  const k = tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? tokens.length : k;
}
