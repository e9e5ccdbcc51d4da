/**
 * @module clean/html/select-body — which lines of the page are the article: those inside the chosen
 * containers that sit in no chrome (navigation, share bar, related links, captions ...) and are not
 * link lists or stock prompts. Every other line is boilerplate, with the reason for it.
 */
import type { El } from './parse-tree.ts';
import type { Segment } from './render-text.ts';
import type { SubtreeStats } from './score-content.ts';
import { chromeReason, isStructuralChrome, STRONG_REASONS } from './class-hints.ts';
import type { HtmlReaderOptions } from './defaults.ts';
import type { Range } from '../reading.ts';

/** Short lines that are the page talking about itself, not the story. */
const PROMPT = /^(advertisement|anzeige|publicité|publicidad|share( this)?( article| story| on \w+)?|tweet|e-?mail|print|read more|read next|related( articles| stories| content)?|more from|sign up|subscribe|follow us|click here|comments?|listen to this( article)?|\d+ min(ute)? read|skip to|back to top|copyright|©|all rights reserved|image:|photo:|getty images|ap photo|reuters photo|see more|don'?t miss|also read|read also|recommended|most read|trending)/i;

/** A line that only says who wrote the piece or when ("By Ann Lee - 11/18/19 11:04 PM", "Updated March 3, 2022"). */
const BYLINE_LINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}[^.!?]*$/u;
const DATE_LINE = /^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|publicado)\b[^.!?]*\d[^.!?]*$/iu;

const LIST_TAGS = new Set(['ul', 'ol', 'table', 'div', 'section', 'dl']);

export interface BodySelection {
  paragraphs: Range[];
  boilerplate: { range: Range; reason: string }[];
}

export function selectBody(
  text: string, segments: Segment[], all: El[], containers: El[], stats: SubtreeStats,
  exclude: Set<number>, opts: HtmlReaderOptions,
): BodySelection {
  const containerSet = new Set(containers);
  const n = all.length + 1;
  const inside = new Uint8Array(n);
  const chrome: (string | null)[] = new Array<string | null>(n).fill(null);
  const drop: (string | null)[] = new Array<string | null>(n).fill(null);
  const cont = new Uint32Array(n);
  // one pass in document order: parents are settled before their children (no recursion)
  for (const el of all) {
    const p = el.parent && el.parent.order ? el.parent.order : 0;
    const o = el.order;
    const isContainer = containerSet.has(el);
    inside[o] = isContainer || inside[p] ? 1 : 0;
    cont[o] = isContainer ? o : cont[p]!;
    const own = chromeReason(el);
    chrome[o] = own ?? chrome[p] ?? null; // the innermost reason is the most specific
    if (inside[o] && !isContainer) {
      // a weak class word (widget, meta, media ...) on a block holding much of the container is layout, not chrome
      const weak = own !== null && !isStructuralChrome(el) && !STRONG_REASONS.has(own) && stats.chars[o]! > opts.weakChromeShare * stats.chars[cont[o]!]!;
      let reason = drop[p] ?? (weak ? null : own);
      if (!reason && LIST_TAGS.has(el.tag) && stats.chars[o]! > 0 && stats.links[o]! / stats.chars[o]! > opts.maxBlockLinkShare) reason = 'link list';
      drop[o] = reason;
    }
  }
  const reasons: (string | null)[] = segments.map((seg) => {
    if (exclude.has(seg.start)) return 'headline';
    const o = seg.block.order;
    const len = seg.end - seg.start;
    let reason: string | null = inside[o] ? drop[o] ?? null : chrome[o] ?? 'outside the article';
    if (!reason && len > 0 && seg.linkChars / len > opts.maxLineLinkShare) reason = 'link list';
    if (!reason && len < 80 && PROMPT.test(text.slice(seg.start, seg.end))) reason = 'share or page prompt';
    if (!reason && len < 100 && (BYLINE_LINE.test(text.slice(seg.start, seg.end)) || DATE_LINE.test(text.slice(seg.start, seg.end)))) reason = 'byline or date line';
    return reason;
  });
  // a paragraph that is one link, between two body lines, is the article pointing somewhere (kept)
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    if (reasons[i] !== 'link list' || seg.block.tag !== 'p') continue;
    if (reasons[i - 1] === null && reasons[i + 1] === null) reasons[i] = null;
  }
  const paragraphs: Range[] = [];
  const boilerplate: { range: Range; reason: string }[] = [];
  segments.forEach((seg, i) => {
    const reason = reasons[i];
    const range = { start: seg.start, end: seg.end };
    if (reason === 'headline') return;
    if (reason) boilerplate.push({ range, reason });
    else paragraphs.push(range);
  });
  return { paragraphs, boilerplate };
}
