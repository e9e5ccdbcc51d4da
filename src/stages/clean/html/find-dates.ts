/**
 * @module clean/html/find-dates — every publication-date clue a page gives, strongest first:
 * JSON-LD, meta tags, marked-up <time>/itemprop, the URL, dates by the headline and byline, then
 * other visible dates; updated/modified dates come last with kind 'modified'.
 * The order is this reader's judgement of HTML evidence; pub-date/ makes the final choice.
 */
import type { DateCandidate, Range } from '../reading.ts';
import type { El, ParsedPage } from './parse-tree.ts';
import { textOf } from './parse-tree.ts';
import type { MetaTags } from './meta-tags.ts';
import type { LdArticle } from './json-ld.ts';
import { parseMachineDate, findHumanDate, type DateBounds } from './date-strings.ts';
import { hintText } from './class-hints.ts';
import { rankDates } from './rank-dates.ts';

/** Meta keys stating first publication, most specific first. */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'publication_date', 'publish-date', 'publishdate', 'pub_date',
  'pubdate', 'publicationdate', 'originalpublicationdate', 'article.published', 'article_date_original', 'og:published_time',
  'citation_publication_date', 'citation_date', 'prism.publicationdate', 'dc.date.created', 'dcterms.created', 'dc.created',
  'dc:date.created', 'dcterms:created', 'datecreated', 'uploaddate', 'og:release_date', 'dc.date', 'dcterms.date', 'date',
] as const;

/** Meta keys stating a later revision. */
export const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'article:modified', 'datemodified', 'og:updated_time',
  'dcterms.modified', 'dc.date.modified', 'last_updated_date', 'dateupdate', 'lastmod', 'last-modified',
] as const;

/** Visible lines searched for dates at most (long forum threads run to tens of thousands). */
const MAX_DATE_LINES = 3000;
/** Characters of a line searched: dates stand at the start of bylines and datelines. */
const MAX_LINE_CHARS = 400;

const UPDATED_WORDS = /updated|update:|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|geändert|modified/i;

export interface VisibleLine { range: Range; zone: 'byline' | 'body' | 'chrome' | 'other' }

export interface DateInputs {
  page: ParsedPage;
  meta: MetaTags;
  ld: LdArticle | null;
  url: string | null;
  text: string;
  lines: VisibleLine[];
  bounds: DateBounds;
}

export function findDates(inp: DateInputs): DateCandidate[] {
  const { meta, ld, bounds } = inp;
  const out: DateCandidate[] = [];
  const modified: DateCandidate[] = [];
  const push = (list: DateCandidate[], value: string | null, c: Omit<DateCandidate, 'date'>) => {
    const date = value ? parseMachineDate(value, bounds) : null;
    if (date) list.push({ date, ...c });
  };
  if (ld) {
    push(out, ld.datePublished, { source: 'jsonld', note: `JSON-LD ${ld.type} datePublished` });
    push(modified, ld.dateModified, { source: 'jsonld', kind: 'modified', note: `JSON-LD ${ld.type} dateModified` });
  }
  for (const key of PUBLISHED_META) push(out, meta.get(key), { source: 'meta', note: `<meta ${key}>` });
  for (const key of MODIFIED_META) push(modified, meta.get(key), { source: 'meta', kind: 'modified', note: `<meta ${key}>` });
  const marked = markedUpDates(inp.page, bounds);
  out.push(...marked.published);
  modified.push(...marked.modified);
  const fromUrl = urlDate(inp.url, bounds);
  if (fromUrl) out.push({ date: fromUrl, source: 'url', note: 'date in the URL path' });
  if (ld) push(out, ld.dateCreated, { source: 'jsonld', note: `JSON-LD ${ld.type} dateCreated` });
  const visible = visibleDates(inp.text, inp.lines, bounds);
  out.push(...visible.filter((c) => c.kind !== 'modified' && c.source === 'byline'));
  out.push(...marked.plain);
  out.push(...visible.filter((c) => c.kind !== 'modified' && c.source !== 'byline'));
  modified.push(...visible.filter((c) => c.kind === 'modified'));
  return rankDates([...out, ...modified]);
}

/** <time> elements and itemprop markup: published, modified, and plain (unlabelled) ones. */
function markedUpDates(page: ParsedPage, bounds: DateBounds): { published: DateCandidate[]; modified: DateCandidate[]; plain: DateCandidate[] } {
  const published: DateCandidate[] = [], modified: DateCandidate[] = [], plain: DateCandidate[] = [];
  const read = (el: El) => parseMachineDate(el.attrs.datetime ?? el.attrs.content ?? textOf(el).slice(0, 200), bounds);
  for (const el of page.all) {
    const prop = el.attrs.itemprop?.toLowerCase();
    if (prop !== 'datepublished' && prop !== 'datemodified' && prop !== 'datecreated' && el.tag !== 'time') continue;
    if (el.tag === 'meta') continue;
    const date = read(el);
    if (!date) continue;
    const hint = hintText(el);
    if (prop === 'datemodified' || /updated|modified/.test(hint)) modified.push({ date, source: 'time-element', kind: 'modified', note: 'marked up as the update time' });
    else if (prop === 'datepublished' || prop === 'datecreated' || el.attrs.pubdate !== undefined || /publish|entry-date|pubdate|post-date/.test(hint)) published.push({ date, source: 'time-element', note: 'marked up as the publication time' });
    else plain.push({ date, source: 'time-element', note: '<time> element' });
  }
  return { published, modified, plain: plain.slice(0, 3) };
}

/** /2019/11/16/, /2019-11-16, /20191116/ in the path (not web-archive capture stamps). */
export function urlDate(url: string | null, bounds: DateBounds): string | null {
  if (!url) return null;
  const path = url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+\w*\//, '').replace(/^https?:\/\/[^/]+/, '');
  const m = /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  const dmy = m ? null : /[/_-]([0-3]?\d)[._-]([01]?\d)[._-]((?:19|20)\d{2})(?=[/_.-]|$)/.exec(path);
  if (dmy) return parseMachineDate(`${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`, bounds);
  if (!m) return null;
  return parseMachineDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`, bounds);
}

/** Human-written dates in visible lines: near the headline (byline), in the body, in the chrome. */
function visibleDates(text: string, lines: VisibleLine[], bounds: DateBounds): DateCandidate[] {
  const out: DateCandidate[] = [];
  let scanned = 0;
  for (const line of lines) {
    if (scanned++ > MAX_DATE_LINES) break;
    const len = line.range.end - line.range.start;
    if (len > MAX_LINE_CHARS && line.zone !== 'body') continue;
    const s = text.slice(line.range.start, Math.min(line.range.end, line.range.start + MAX_LINE_CHARS));
    const found = findHumanDate(s, bounds);
    if (!found) continue;
    const before = s.slice(Math.max(0, found.index - 40), found.index);
    const range = { start: line.range.start + found.index, end: line.range.start + found.index + found.length };
    const source = line.zone === 'byline' ? 'byline' : line.zone === 'chrome' ? 'header' : 'visible';
    out.push({ date: found.date, source, range, ...(UPDATED_WORDS.test(before) ? { kind: 'modified' as const } : {}), note: `visible date (${line.zone})` });
  }
  return out;
}
