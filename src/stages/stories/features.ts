/** @module stories/features — a document as weighted words and names, read from its headline and body paragraphs. */
import type { Article } from '../../core/index.ts';
import { tokenize } from '../../lib/text/tokenize.ts';
import { isStopword } from '../../lib/text/stopwords.ts';
import { lightStem } from '../../lib/text/light-stem.ts';
import { findNameRuns } from './proper-names.ts';
import type { StoryOptions } from './defaults.ts';

/** Words are stemmed lower case ("rescue", "52-3"); multi-word names start with "@" ("@tara reid"). */
export interface DocFeatures {
  /** Feature → sublinear weighted frequency (headline and name boosts applied). */
  weights: Map<string, number>;
  /** Feature → its first written form, for showing top terms. */
  surface: Map<string, string>;
  /** The document's headline (or its opening line when it has none), a title candidate. */
  headline: string | null;
}

/** Keys a document by the words that carry content: no stopwords, no one-letter words, no lone digits. */
function termOf(norm: string, extra: ReadonlySet<string>): string | null {
  if (norm.length < 2 || isStopword(norm)) return null;
  const stem = lightStem(norm);
  return stem.length < 2 || extra.has(stem) || extra.has(norm) ? null : stem;
}

/** Names and numbers live in their own feature space, marked by this prefix ("@tara reid", "@reid", "@2013"). */
export const NAME_PREFIX = '@';

/** A year from 1900 to 2099: which year an event happened in tells two similar events apart. */
const YEAR = /^(?:19|20)\d\d$/;

/** Numbers of two or more digits (scores, years, counts) identify an event much as names do. */
const NUMBER = /^\d[\d.,\-]*\d$/;

function bump(raw: Map<string, number>, key: string, w: number): void {
  raw.set(key, (raw.get(key) ?? 0) + w);
}

/** Per-document memo of word → feature key (null: not a feature), since news repeats its words. */
type TermMemo = Map<string, string | null>;

function termMemo(norm: string, extra: ReadonlySet<string>, memo: TermMemo): string | null {
  let t = memo.get(norm);
  if (t === undefined) memo.set(norm, (t = termOf(norm, extra)));
  return t;
}

function addRegion(text: string, weight: number, opts: StoryOptions, extra: ReadonlySet<string>, raw: Map<string, number>, surface: Map<string, string>, memo: TermMemo = new Map()): void {
  const tokens = tokenize(text);
  const isName = new Uint8Array(tokens.length);
  for (const run of findNameRuns(text, tokens)) {
    const words: string[] = [];
    for (let k = run.from; k < run.to; k++) {
      isName[k] = 1;
      const t = termMemo(tokens[k]!.norm, extra, memo);
      if (t) words.push(t);
    }
    if (words.length >= 2 && words.length <= 4) {
      const key = NAME_PREFIX + words.join(' ');
      bump(raw, key, weight * opts.phraseWeight);
      if (!surface.has(key)) surface.set(key, text.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end));
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const t = termMemo(tok.norm, extra, memo);
    if (!t) continue;
    bump(raw, t, weight);
    if (!surface.has(t)) surface.set(t, tok.text);
    const c = t.charCodeAt(0);
    if (isName[k] || (c >= 48 && c <= 57 && NUMBER.test(t))) {
      const key = NAME_PREFIX + t;
      bump(raw, key, weight * (YEAR.test(t) ? opts.yearWeight : opts.nameWeight));
      if (!surface.has(key)) surface.set(key, tok.text);
    }
  }
}


const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The headline: the article's title, else its first line (cut at 200 characters). */
export function headlineOf(doc: Article): string | null {
  const title = doc.title?.trim() || (doc.titleSpan ? doc.text.slice(doc.titleSpan.start, doc.titleSpan.end).trim() : '');
  if (title) return title;
  const first = doc.paragraphs[0] ? doc.text.slice(doc.paragraphs[0].start, doc.paragraphs[0].end) : doc.text;
  const line = first.split('\n')[0]?.trim() ?? '';
  return line ? line.slice(0, 200) : null;
}

/** Features of a bare piece of text (a headline), every word weighted alike. */
export function textFeatures(text: string, opts: StoryOptions, extra: ReadonlySet<string>): Map<string, number> {
  const raw = new Map<string, number>();
  addRegion(text, 1, opts, extra, raw, new Map());
  return raw;
}

/** Features of one document: headline words count `titleWeight`, names `nameWeight`; frequencies are 1 + ln(tf). */
export function docFeatures(doc: Article, opts: StoryOptions, extra: ReadonlySet<string>): DocFeatures {
  const raw = new Map<string, number>();
  const surface = new Map<string, string>();
  const title = doc.title?.trim() ?? '';
  if (title) addRegion(title, opts.titleWeight, opts, extra, raw, surface);
  const titleKey = squash(title);
  const memo: TermMemo = new Map();
  const bodies = doc.paragraphs.length ? doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)) : title ? [] : [doc.text];
  for (const para of bodies) if (para.length !== title.length || squash(para) !== titleKey) addRegion(para, 1, opts, extra, raw, surface, memo);
  const weights = new Map<string, number>();
  for (const [t, tf] of raw) weights.set(t, tf <= 1 ? tf : 1 + Math.log(tf));
  return { weights, surface, headline: headlineOf(doc) };
}
