/**
 * @module clean/html/body-from-json-ld — when the page's JSON-LD carries the article text (articleBody),
 * the visible lines that text contains are the body: a check on the content scorer that needs no guessing.
 * Used only when those lines cover most of articleBody (some pages put a teaser or stale text there).
 */
import type { Range } from '../reading.ts';
import type { Segment } from './render-text.ts';
import type { HtmlReaderOptions } from './defaults.ts';

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The body lines found in articleBody, in document order, or null when they cover too little of it. */
export function bodyFromJsonLd(text: string, segments: Segment[], articleBody: string, exclude: Set<number>, opts: HtmlReaderOptions): Range[] | null {
  const body = squash(articleBody);
  if (body.length < opts.minLdBodyChars) return null;
  const seen = new Set<string>();
  const found: { seg: Segment; long: boolean }[] = [];
  let covered = 0;
  for (const seg of segments) {
    if (exclude.has(seg.start)) continue;
    const s = squash(text.slice(seg.start, seg.end));
    if (s.length < 2 || seen.has(s) || !body.includes(s)) continue;
    const long = s.length >= 40;
    if (long) { seen.add(s); covered += s.length; }
    found.push({ seg, long });
  }
  if (covered < opts.minLdCoverage * body.length) return null;
  // short lines count only between the first and last long ones (a stray "Share" elsewhere is not body)
  const first = found.findIndex((f) => f.long);
  let last = found.length - 1;
  while (last >= 0 && !found[last]!.long) last--;
  return found.slice(first, last + 1).map((f) => ({ start: f.seg.start, end: f.seg.end }));
}
