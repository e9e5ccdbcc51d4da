/**
 * @module classify-lines — the role of every block of a plain-text page, as named steps:
 *  1. markSelfEvident — noise, date lines, credits and bylines known from their own words
 *  2. markCutCopies   — teaser copies cut mid-sentence (and exact repeats) of a later block
 *  3. findBodyBounds  — the first and last prose block: the article lies between them
 *  4. markTop         — headline (even after chrome lines, even behind a bullet), standfirst, navigation
 *     (first promoteHeadline: a headline written as a sentence; markStandfirst: a sentence between
 *     headline and byline/date lines)
 *  5. markBody        — body paragraphs, subheads, related-link blocks; chrome after the article
 *  6. markDateLines   — each date line as the article's own stamp or the page's header/footer date
 */
import type { LineRole } from '../reading.ts';
import type { TextReaderOptions } from '../defaults.ts';
import type { Block } from './split-blocks.ts';
import { noiseReason, RELATED_HEADING } from './noise-rules.ts';
import { readDateLine, type DateLine } from './date-line.ts';
import { readCredit, type Credit } from './credit-line.ts';
import { readByline, readPlaceByline, type Byline } from './byline.ts';
import { findCutCopies } from './find-cut-copies.ts';
import { readDatelinePrefix } from './dateline-prefix.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { countWords } from '../../../lib/text/count-words.ts';

export interface LineInfo {
  block: Block;
  words: number;
  role: LineRole | null;
  reason?: string;
  date?: DateLine;
  /** For a date line: the article's own stamp ('dateline') or the page chrome's date ('header'). */
  dateSource?: 'dateline' | 'header';
  credit?: Credit;
  byline?: Byline;
  /** Length of a bullet before a headline ("• "), removed from the title. */
  bullet?: number;
  /** Memo: the block opens with a strong dateline ("GENEVA (Reuters) - "). */
  strongDateline?: boolean;
}

/** Whether the block opens with a wire dateline (computed once per block). */
function opensWithDateline(l: LineInfo): boolean {
  l.strongDateline ??= !!readDatelinePrefix(l.block.text)?.strong;
  return l.strongDateline;
}

const BULLET = /^(?:[•·▪►▶■●◆★*]\s*|[-–—]\s+)/u;
/** A sentence end, allowing closing quotes and brackets (and the spaces token-rebuilt text puts before them). */
const TERMINAL = /[.!?…](?:\s?["'”’»)\]`]+)*$/u;

/** A short single sentence with a full stop, not opening with a dateline: a headline in some sources. */
const looksLikeStoppedHeadline = (l: LineInfo, o: TextReaderOptions) =>
  l.words >= o.headlineMinWords && l.words <= o.headlineMaxWords * 0.7 && !/[,;:]["”’]?$/.test(l.block.text)
  && isOneSentence(l.block.text) && !opensWithDateline(l);
const isOneSentence = (t: string) => splitSentences(t).length <= 1;

const isProse = (l: LineInfo, o: TextReaderOptions) =>
  (l.words >= o.proseMinWords && TERMINAL.test(l.block.text)) || l.words >= o.proseLongWords
  || (l.words >= o.headlineMinWords * 3 && opensWithDateline(l));
const isTitleLike = (l: LineInfo, o: TextReaderOptions) =>
  l.words >= o.headlineMinWords && l.words <= o.headlineMaxWords && !/[.,;:]$/.test(l.block.text);

function set(l: LineInfo, role: LineRole, reason?: string) {
  l.role = role;
  if (reason) l.reason = reason;
}

function markSelfEvident(lines: LineInfo[], o: TextReaderOptions, text: string) {
  for (const l of lines) {
    const t = l.block.text;
    const date = readDateLine(text, l.block.start, l.block.end);
    if (date) { l.date = date; set(l, 'dateline'); continue; }
    const noise = noiseReason(t, l.words);
    if (noise) { set(l, 'noise', noise); continue; }
    const credit = readCredit(t, l.words, o.creditMaxWords);
    if (credit) { l.credit = credit; set(l, 'wire', 'wire or reporting credit'); continue; }
    const byline = readByline(t, l.words, o.bylineMaxWords);
    if (byline) { l.byline = byline; set(l, 'byline', 'byline'); }
  }
}

function markCutCopies(lines: LineInfo[], o: TextReaderOptions) {
  const open = lines.filter((l) => l.role === null && l.words >= o.cutCopyMinWords);
  // the likely headline often opens like the lede: it is no cut copy
  const headline = open.find((l) => isTitleLike(l, o) && !TERMINAL.test(l.block.text)) ?? (open[0] && looksLikeStoppedHeadline(open[0], o) ? open[0] : undefined);
  for (const c of findCutCopies(open.map((l) => l.block.text), o.cutCopyMinWords, o.cutCopyMinMatch)) {
    const l = open[c.index]!;
    if (l === headline) continue;
    set(l, 'noise', c.exact ? 'repeated paragraph' : 'lede cut off mid-sentence by the scraper; repeated in full below');
  }
}

function findBodyBounds(lines: LineInfo[], o: TextReaderOptions): [number, number] {
  let first = -1;
  let last = -1;
  lines.forEach((l, i) => {
    if (l.role !== null || !isProse(l, o)) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first >= 0) return [first, last];
  // no prose at all (a brief or a stub): everything after the first title-like block is body
  const open = lines.map((l, i) => (l.role === null ? i : -1)).filter((i) => i >= 0);
  const head = open.find((i) => isTitleLike(lines[i]!, o));
  const rest = open.filter((i) => i !== head);
  return rest.length ? [rest[0]!, rest[rest.length - 1]!] : [lines.length, -1];
}

/** The headline among the blocks before the body: the one matching the record's title, else the last
 * title-like block (site names and taglines come first), unless a longer title-like block right after
 * the previous one is its standfirst. */
function pickHeadline(lines: LineInfo[], firstBody: number, o: TextReaderOptions, recordTitle: string | null): number {
  const cands: number[] = [];
  for (let i = 0; i < firstBody; i++) {
    const l = lines[i]!;
    if (l.role !== null) continue;
    const bullet = BULLET.exec(l.block.text)?.[0].length ?? 0;
    const text = l.block.text.slice(bullet);
    if (recordTitle && sameTitle(text, recordTitle)) return i;
    if (isTitleLike({ ...l, words: countWords(text), block: { ...l.block, text } }, o)) cands.push(i);
  }
  if (recordTitle) return -1;
  if (!cands.length) {
    // some sources end headlines with a full stop: take a short single sentence next to the body
    for (let i = firstBody - 1; i >= 0 && !cands.length; i--) {
      const l = lines[i]!;
      if (l.role === null && looksLikeStoppedHeadline(l, o)) cands.push(i);
    }
  }
  // a "Name in Place" byline after an earlier title-like line is no headline
  while (cands.length > 1 && readPlaceByline(lines[cands[cands.length - 1]!]!.block.text, lines[cands[cands.length - 1]!]!.words)) cands.pop();
  let pick = cands[cands.length - 1] ?? -1;
  const prev = cands[cands.length - 2];
  // headline then a longer standfirst without a full stop, next to each other: the first is the headline
  if (prev !== undefined && pick >= 0 && lines.slice(prev + 1, pick).every((x) => x.role === 'byline' || x.role === 'dateline')
    && lines[pick]!.words >= 8 && lines[pick]!.words >= 1.2 * lines[prev]!.words) pick = prev;
  return pick;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** The record's title and a line are the same headline, allowing a site name added to either ("X - Site"). */
function sameTitle(line: string, title: string): boolean {
  const a = norm(line);
  const b = norm(title);
  return a === b || (a.length >= 20 && b.startsWith(a)) || (b.length >= 20 && a.startsWith(b));
}

function markTop(lines: LineInfo[], firstBody: number, o: TextReaderOptions, recordTitle: string | null): number {
  const promoted = lines.findIndex((l) => l.role === 'headline');
  const headline = promoted >= 0 ? promoted : pickHeadline(lines, firstBody, o, recordTitle);
  if (headline >= 0) {
    const l = lines[headline]!;
    const bullet = BULLET.exec(l.block.text)?.[0].length ?? 0;
    if (bullet) l.bullet = bullet;
    set(l, 'headline');
  }
  for (let i = 0; i < firstBody; i++) {
    const l = lines[i]!;
    if (l.role !== null) continue;
    if (headline < 0 && recordTitle) {
      // the record brought its own title and the text does not repeat it: the text is the article
      set(l, 'body');
    } else if (headline < 0 || i < headline) {
      set(l, 'noise', l.words <= 6 ? 'navigation or section name before the headline' : 'page chrome before the headline');
    } else if (readPlaceByline(l.block.text, l.words)) {
      l.byline = readPlaceByline(l.block.text, l.words)!;
      set(l, 'byline', 'byline');
    } else if (!lines.slice(headline + 1, i).some((x) => x.role === 'subtitle') && l.words >= 4) {
      set(l, 'subtitle', 'standfirst (subtitle)');
    } else {
      set(l, 'noise', 'page chrome before the article');
    }
  }
  return headline;
}

const isTitleCase = (t: string) => {
  const words = t.match(/[\p{L}][\p{L}'’\-]*/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * words.length;
};

/**
 * Sources that end headlines with a full stop make the headline look like prose. With no headline before
 * it, the first prose block is the headline when it is in Title Case, or when it opens the page, is a
 * short sentence and the next paragraph is much longer (not when the record supplied a title).
 */
function promoteHeadline(lines: LineInfo[], firstBody: number, o: TextReaderOptions, recordTitle: string | null): boolean {
  const l = lines[firstBody]!;
  if (recordTitle && !sameTitle(l.block.text, recordTitle)) return false;
  if (lines.slice(0, firstBody).some((x) => x.role === null && (isTitleLike(x, o) || looksLikeStoppedHeadline(x, o)))) return false;
  if (l.words > o.headlineMaxWords * 0.8 || !isOneSentence(l.block.text) || opensWithDateline(l)) return false;
  const next = lines.find((x, i) => i > firstBody && x.role === null && isProse(x, o));
  const shortOpener = !recordTitle && lines.slice(0, firstBody).every((x) => x.role !== null) && l.words <= 16 && !!next && next.words >= 1.5 * l.words;
  if (!isTitleCase(l.block.text) && !shortOpener) return false;
  set(l, 'headline');
  return true;
}

/** A first prose block followed by byline or date lines before more prose is the standfirst. */
function markStandfirst(lines: LineInfo[], firstBody: number, o: TextReaderOptions): boolean {
  const next = lines.findIndex((l, i) => i > firstBody && l.role === null && isProse(l, o));
  if (next < 0 || lines[firstBody]!.words > 45 || opensWithDateline(lines[firstBody]!)) return false;
  const between = lines.slice(firstBody + 1, next);
  const hasHeadline = lines.slice(0, firstBody).some((l) => l.role === null && isTitleLike(l, o));
  if (!hasHeadline || !between.some((l) => l.role === 'byline' || l.role === 'dateline')) return false;
  set(lines[firstBody]!, 'subtitle', 'standfirst (subtitle)');
  return true;
}

function markBody(lines: LineInfo[], firstBody: number, lastBody: number, headline: number, o: TextReaderOptions) {
  const headText = headline >= 0 ? lines[headline]!.block.text.slice(lines[headline]!.bullet ?? 0).toLowerCase() : null;
  let inRelated = false;
  let inList = false;
  for (let i = firstBody; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.role === 'noise' && l.reason === 'related-links heading') { inRelated = true; continue; }
    if (l.role !== null) continue;
    const prose = isProse(l, o);
    if (prose) inRelated = false;
    if (headText && l.block.text.toLowerCase() === headText) { set(l, 'noise', 'repeated headline'); continue; }
    if (inRelated) { set(l, 'noise', 'related link'); continue; }
    if (i > lastBody) {
      // after the article and its credit line, nothing more is the article's; before them, a closing
      // sentence or a list the article introduced ("... as follows:") still is
      const afterCredit = lines.slice(lastBody + 1, i).some((x) => x.role === 'wire' || x.reason === 'copyright line');
      const prev = lines[i - 1]!;
      const listGoesOn: boolean = prev.role === 'body' && (/:$/.test(prev.block.text) || inList);
      inList = !afterCredit && (listGoesOn || (/:$/.test(l.block.text) && lines[i + 1]?.role === null));
      if (!afterCredit && (inList || (l.words >= 2 && TERMINAL.test(l.block.text)))) set(l, 'body');
      else set(l, 'noise', 'page chrome after the article');
      continue;
    }
    if (!prose && l.words >= 2 && l.words <= o.subheadMaxWords && !TERMINAL.test(l.block.text) && !/[,;]/.test(l.block.text) && !/:["”’]?$/.test(l.block.text) && /^[\p{Lu}\p{N}]/u.test(l.block.text)) {
      const next = lines.slice(i + 1).find((x) => x.role === null || x.role === 'body');
      if (next && isProse(next, o) && i > firstBody) { set(l, 'subhead'); continue; }
    }
    set(l, 'body');
  }
  const lede = lines.find((l) => l.role === 'body');
  if (lede) lede.role = 'lede';
}

/** Related-link blocks that follow a "Related"/"Most read" heading even when they look like headlines. */
function markRelatedHeadingsFirst(lines: LineInfo[]) {
  for (const l of lines) if (l.role === 'noise' && RELATED_HEADING.test(l.block.text)) l.reason = 'related-links heading';
}

function markDateLines(lines: LineInfo[], headline: number, firstBody: number, lastBody: number) {
  const top = headline >= 0 ? headline : firstBody;
  lines.forEach((l, i) => {
    if (!l.date) return;
    const stamp = l.date.hasTime || l.date.labelled;
    const chrome = (i < top || i > lastBody) && !stamp;
    l.dateSource = chrome ? 'header' : 'dateline';
    l.reason = chrome
      ? `${i < top ? 'page-header' : 'page-footer'} date (page chrome; often the day the page was viewed)`
      : 'dateline or timestamp line (publication date evidence)';
    l.role = chrome ? 'noise' : 'dateline';
  });
}

/** Every block with its role; `text` is the whole page (block offsets index it). */
export function classifyLines(text: string, blocks: Block[], o: TextReaderOptions, recordTitle: string | null = null): LineInfo[] {
  const lines: LineInfo[] = blocks.map((block) => ({ block, words: countWords(block.text), role: null }));
  markSelfEvident(lines, o, text);
  markRelatedHeadingsFirst(lines);
  markCutCopies(lines, o);
  let [firstBody, lastBody] = findBodyBounds(lines, o);
  if (firstBody < lines.length && promoteHeadline(lines, firstBody, o, recordTitle)) [firstBody, lastBody] = findBodyBounds(lines, o);
  if (firstBody < lines.length && markStandfirst(lines, firstBody, o)) [firstBody, lastBody] = findBodyBounds(lines, o);
  const headline = markTop(lines, Math.min(firstBody, lines.length), o, recordTitle);
  markBody(lines, firstBody, lastBody, headline, o);
  markDateLines(lines, headline, firstBody, lastBody);
  return lines;
}
