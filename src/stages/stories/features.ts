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
const NAME_PREFIX_CODE = NAME_PREFIX.charCodeAt(0);

/** Whether a feature is a name or number (carries NAME_PREFIX); a char-code test, since it runs on every feature of every document. */
export const isNameFeature = (t: string): boolean => t.charCodeAt(0) === NAME_PREFIX_CODE;

/** A year from 1900 to 2099: which year an event happened in tells two similar events apart. */
const YEAR = /^(?:19|20)\d\d$/;

/** Numbers of two or more digits (scores, years, counts) identify an event much as names do. */
const NUMBER = /^\d[\d.,\-]*\d$/;

function bump(raw: Map<string, number>, key: string, w: number): void {
  raw.set(key, (raw.get(key) ?? 0) + w);
}

/** Memo of word → feature key (null: not a feature), since news repeats its words. */
type TermMemo = Map<string, string | null>;

/**
 * One memo per stop-word set, shared across documents (a pure function of the word, so results do not depend
 * on what was read before); emptied when it reaches `MEMO_MAX` words, so memory stays bounded on any stream.
 */
const memos = new WeakMap<ReadonlySet<string>, TermMemo>();
const MEMO_MAX = 200_000;

function memoFor(extra: ReadonlySet<string>): TermMemo {
  let m = memos.get(extra);
  if (!m) memos.set(extra, (m = new Map()));
  else if (m.size >= MEMO_MAX) m.clear();
  return m;
}

function termMemo(norm: string, extra: ReadonlySet<string>, memo: TermMemo): string | null {
  let t = memo.get(norm);
  if (t === undefined) memo.set(norm, (t = termOf(norm, extra)));
  return t;
}

function addRegion(text: string, weight: number, opts: StoryOptions, extra: ReadonlySet<string>, raw: Map<string, number>, surface: Map<string, string>, memo: TermMemo = memoFor(extra)): void {
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


/**
 * The words of a URL's slug ("/2014/03/10/ebay-icahn-proxy-fight-idUS…" → "ebay icahn proxy fight"): editors
 * write slugs as a second, keyword-style headline, so for a bare headline record they add words the headline
 * may lack. Only hyphen- or underscore-joined path segments count; ids, dates and file endings are dropped.
 */
export function slugText(url: string | null | undefined): string {
  if (!url) return '';
  let path: string;
  try {
    path = decodeURIComponent(new URL(url.replace(/\\/g, '')).pathname);
  } catch {
    return '';
  }
  const words: string[] = [];
  for (const seg of path.split('/')) {
    const stem = seg.replace(/\.[a-z0-9]{2,5}$/i, '');
    const parts = stem.split(/[-_]+/).filter((w) => /^[a-z]+$/i.test(w));
    if (parts.length >= 2) words.push(...parts.map((w) => w.toLowerCase()));
  }
  return words.join(' ');
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
  const memo = memoFor(extra);
  const bodies = doc.paragraphs.length ? doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)) : title ? [] : [doc.text];
  for (const para of bodies) if (para.length !== title.length || squash(para) !== titleKey) addRegion(para, 1, opts, extra, raw, surface, memo);
  const slug = opts.slugWeight > 0 ? slugText(doc.url) : '';
  // Slug words are lower case: they give weight, not the written form shown in a story's top terms.
  if (slug) addRegion(slug, opts.slugWeight, opts, extra, raw, new Map(), memo);
  const weights = new Map<string, number>();
  for (const [t, tf] of raw) weights.set(t, tf <= 1 ? tf : 1 + Math.log(tf));
  return { weights, surface, headline: headlineOf(doc) };
}
