/**
 * @module clean/html/date-lines — visible lines labelled by where they stand, for the date and byline
 * search: the lines between the headline and the body ('byline'), body paragraphs, page chrome, other.
 */
import type { Range } from '../reading.ts';
import type { Segment } from './render-text.ts';
import type { VisibleLine } from './find-dates.ts';
import type { El } from './parse-tree.ts';
import { hintText } from './class-hints.ts';

/** Lines before the first paragraph that still count as the article's head when no headline is found. */
const HEAD_LINES = 8;
const CHROME = /navigation|footer|page header|sidebar|cookie/;
/** Class words of an element that shows the publication date. */
const DATE_CLASS = /publish|posted|date|datum|fecha|timestamp|dateline|byline|\bmeta\b|entry-time|post-time/;

/** The line's block or one of its two parents is marked as a date or byline. */
function dateMarked(el: El): boolean {
  for (let e: El | null = el, i = 0; e && i < 3; e = e.parent, i++) if (DATE_CLASS.test(hintText(e))) return true;
  return false;
}

export function dateLines(segments: Segment[], paragraphs: Range[], boilerplate: { range: Range; reason: string }[], titleRange: Range | null): VisibleLine[] {
  const body = new Set(paragraphs.map((p) => p.start));
  const reason = new Map(boilerplate.map((b) => [b.range.start, b.reason]));
  const firstBody = segments.findIndex((s) => body.has(s.start));
  const titleIdx = titleRange ? segments.findIndex((s) => s.start === titleRange.start) : -1;
  const headFrom = titleIdx >= 0 && (firstBody < 0 || titleIdx < firstBody) ? titleIdx + 1 : Math.max(0, firstBody - HEAD_LINES);
  const headTo = firstBody < 0 ? headFrom + HEAD_LINES : Math.max(firstBody, headFrom);
  return segments.map((s, i) => {
    const range = { start: s.start, end: s.end };
    if (body.has(s.start)) return { range, zone: i === firstBody ? 'byline' : 'body' };
    if (i >= headFrom && i < headTo + 1 && i - headFrom < 25) return { range, zone: 'byline' };
    const chrome = CHROME.test(reason.get(s.start) ?? '');
    if (!chrome && s.end - s.start < 120 && dateMarked(s.block)) return { range, zone: 'byline' };
    return { range, zone: chrome ? 'chrome' : 'other' };
  });
}
