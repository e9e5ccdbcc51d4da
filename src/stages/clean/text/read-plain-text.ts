/**
 * @module read-plain-text — a plain scraped page (text file, JSON `text`) into a PageReading:
 * blocks → roles (classify-lines) → title, byline, wire credits, outlet, body paragraphs, the removed
 * pieces with their reasons, and the date candidates the page shows.
 */
import type { RawArticle } from '../../../core/index.ts';
import type { CleanOptions } from '../defaults.ts';
import type { ClassifiedLine, DateCandidate, PageReading, Range } from '../reading.ts';
import { isoOf } from '../pub-date/parse-date.ts';
import { trimRange } from '../../../lib/span.ts';
import { splitBlocks } from './split-blocks.ts';
import { classifyLines, type LineInfo } from './classify-lines.ts';
import { readDatelinePrefix } from './dateline-prefix.ts';
import { outletFromChrome } from './noise-rules.ts';
import { findAgencies } from './find-agencies.ts';

/** This reader's preference among its own date sources: the article's stamps before the page chrome's. */
const SOURCE_ORDER: DateCandidate['source'][] = ['byline', 'dateline', 'header', 'visible', 'relative'];

/** Date candidates of the date lines, bylines and the lede's dateline. */
function dateCandidatesOf(lines: LineInfo[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const l of lines) {
    if (!l.date || !l.dateSource) continue;
    for (const d of l.date.dates) {
      out.push({ date: isoOf(d.value), source: l.dateSource, kind: d.kind, range: d.range, note: `"${text.slice(d.range.start, d.range.end)}"` });
    }
  }
  return out;
}

function addUnique(list: string[], items: string[]) {
  for (const x of items) if (!list.includes(x)) list.push(x);
}

export function readPlainText(text: string, raw: RawArticle, opts: CleanOptions): PageReading {
  const lines = classifyLines(text, splitBlocks(text), opts.text, raw.title);
  const wire: string[] = [];
  const boilerplate: PageReading['boilerplate'] = [];
  const paragraphs: Range[] = [];
  const subheads: Range[] = [];
  const classified: ClassifiedLine[] = [];
  const dateCandidates = dateCandidatesOf(lines, text);
  let title: string | null = null;
  let titleRange: Range | null = null;
  let subtitle: string | null = null;
  let byline: string | null = null;
  let outlet: string | null = null;

  for (const l of lines) {
    const { start, end } = l.block;
    const role = l.role ?? 'body';
    classified.push({ range: { start, end }, role, ...(l.reason ? { reason: l.reason } : {}) });
    if (role === 'headline') {
      if (l.bullet) {
        const [bs, be] = trimRange(text, start, start + l.bullet);
        boilerplate.push({ range: { start: bs, end: be }, reason: 'bullet before the headline' });
      }
      titleRange = { start: start + (l.bullet ?? 0), end };
      title = text.slice(titleRange.start, end);
    } else if (role === 'lede' || role === 'body' || role === 'subhead') {
      let from = start;
      const prefix = role === 'lede' ? readDatelinePrefix(l.block.text, start) : null;
      if (prefix) {
        from = start + prefix.length;
        boilerplate.push({ range: { start, end: from }, reason: 'dateline' });
        addUnique(wire, prefix.agencies);
        if (prefix.date) dateCandidates.push({ date: isoOf(prefix.date.value), source: 'dateline', range: prefix.date, note: `dateline "${text.slice(start, from).trim()}"` });
      }
      paragraphs.push({ start: from, end });
      if (role === 'subhead') subheads.push({ start, end });
    } else {
      boilerplate.push({ range: { start, end }, reason: l.reason ?? role });
      if (role === 'subtitle' && subtitle === null) subtitle = l.block.text;
      if (l.byline) {
        byline ??= l.byline.names;
        addUnique(wire, l.byline.agencies);
      }
      if (l.credit?.wire) addUnique(wire, l.credit.agencies);
      if (l.reason === 'copyright line' || l.reason === 'site banner') {
        const agencies = findAgencies(l.block.text);
        if (l.reason === 'copyright line' && agencies.length) addUnique(wire, agencies);
        else outlet ??= outletFromChrome(l.block.text);
      }
    }
  }
  dateCandidates.sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source)); // stable: page order within a source
  return { text, title, titleRange, subtitle, byline, outlet, wire, language: null, paragraphs, boilerplate, dateCandidates, url: null, subheads, lines: classified };
}
