/**
 * @module clean/html/headline — the article's headline: JSON-LD headline, og:title, <title> or <h1>,
 * with the site's name cut off ("Story | Site", "Site - Story"), and where it stands in the text.
 */
import type { Range } from '../reading.ts';
import type { Segment } from './render-text.ts';

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' « ', ' » ', ' / ', ' : '];

const squash = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[“”"'’‘]/g, '').trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Cut a site name off either end of a page title. `site` helps when known; else the shorter end must be short. */
export function stripSiteName(title: string, site: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const s = site ? squash(site) : null;
  for (const sep of SEPARATORS) {
    const i = t.lastIndexOf(sep);
    if (i > 0) {
      const head = t.slice(0, i).trim(), tail = t.slice(i + sep.length).trim();
      if (s && (squash(tail) === s || squash(tail).includes(s) || s.includes(squash(tail)))) return stripSiteName(head, site);
      if (!s && words(tail) <= 4 && words(head) >= words(tail) + 2 && sep !== ' : ' && sep !== ' / ') return head;
    }
    const j = t.indexOf(sep);
    if (j > 0) {
      const head = t.slice(0, j).trim(), tail = t.slice(j + sep.length).trim();
      if (s && (squash(head) === s || s.includes(squash(head))) && words(tail) >= 3) return stripSiteName(tail, site);
    }
  }
  return t;
}

export interface HeadlineInputs {
  ldHeadline: string | null;
  ogTitle: string | null;
  docTitle: string | null;
  h1s: string[];
  site: string | null;
}

/** The headline text: an <h1> that a metadata title confirms, else the cleaned metadata title, else the first <h1>. */
export function chooseHeadline(inp: HeadlineInputs): string | null {
  const meta = [inp.ldHeadline, inp.ogTitle, inp.docTitle].filter((x): x is string => !!x?.trim()).map((t) => stripSiteName(t, inp.site));
  for (const h of inp.h1s) {
    const q = squash(h);
    // equal, or one inside the other ("Opinion | Headline", a headline with a kicker in front)
    const confirmed = (m: string) => m === q || (Math.min(m.length, q.length) >= 12 && (m.includes(q) || q.includes(m)));
    if (q.length > 3 && meta.some((m) => confirmed(squash(m)))) return h.replace(/\s+/g, ' ').trim();
  }
  if (meta[0]) return meta[0];
  const h1 = inp.h1s.find((h) => words(h) >= 2);
  return h1 ? h1.replace(/\s+/g, ' ').trim() : null;
}

/** The visible line that is the headline: an exact (case/space-insensitive) match, <h1> lines first. */
export function locateHeadline(text: string, segments: Segment[], headline: string): Range | null {
  const q = squash(headline);
  let fallback: Range | null = null;
  for (const s of segments) {
    if (s.end - s.start > headline.length + 20) continue;
    if (squash(text.slice(s.start, s.end)) !== q) continue;
    const r = { start: s.start, end: s.end };
    if (s.block.tag === 'h1') return r;
    if (!fallback) fallback = r;
  }
  return fallback;
}
