/**
 * @module clean/html/score-content — find the element holding the article: each paragraph-like line
 * votes for its ancestors (Readability's scheme: 1 + commas + length/100, halved and thirded as it
 * climbs), votes are scaled by the element's link share, and the best one wins, with the siblings
 * that score close to it.
 */
import type { El } from './parse-tree.ts';
import type { Segment } from './render-text.ts';
import { classWeight, hintText } from './class-hints.ts';
import type { HtmlReaderOptions } from './defaults.ts';

/** Per-element totals over the lines inside it, indexed by `El.order`. */
export interface SubtreeStats {
  chars: Float64Array;
  links: Float64Array;
  /** Number of lines. */
  lines: Float64Array;
}

/** Sum line lengths and link characters up the tree in one reverse pass over elements. */
export function subtreeStats(all: El[], segments: Segment[]): SubtreeStats {
  const chars = new Float64Array(all.length + 1);
  const links = new Float64Array(all.length + 1);
  const lines = new Float64Array(all.length + 1);
  for (const s of segments) {
    const o = s.block.order;
    lines[o] = lines[o]! + 1;
    chars[o] = chars[o]! + s.end - s.start;
    links[o] = links[o]! + s.linkChars;
  }
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const p = el.parent;
    if (p && p.order) {
      chars[p.order] = chars[p.order]! + chars[el.order]!;
      links[p.order] = links[p.order]! + links[el.order]!;
      lines[p.order] = lines[p.order]! + lines[el.order]!;
    }
  }
  return { chars, links, lines };
}

const TAG_BASE: Record<string, number> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
/** Class words of a standfirst or summary paragraph set apart from the body's container. */
const LEDE = /summary|lede|(^|[\s_-])lead([\s_-]|$)|intro|standfirst|(^|[\s_-])dek([\s_-]|$)|excerpt|abstract/;
const VOTERS = new Set(['p', 'pre', 'td', 'blockquote', 'div', 'section', 'article', 'main', 'dd', 'font', 'span', 'center', 'body']);

/** The containers holding the article body, in document order (empty when no line votes). */
export function findContainers(text: string, segments: Segment[], all: El[], stats: SubtreeStats, opts: HtmlReaderOptions): El[] {
  const score = new Map<El, number>();
  const touch = (el: El) => {
    let s = score.get(el);
    if (s === undefined) { s = (TAG_BASE[el.tag] ?? 0) + classWeight(el); score.set(el, s); }
    return s;
  };
  for (const seg of segments) {
    const len = seg.end - seg.start;
    if (len < opts.minVoteChars || !VOTERS.has(seg.block.tag)) continue;
    const line = text.slice(seg.start, seg.end);
    const commas = (line.match(/[,，、]/g) ?? []).length;
    const vote = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let el: El | null = seg.block.parent;
    for (let level = 0; el && el.order && level < opts.voteLevels; level++, el = el.parent) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(el, touch(el) + vote / divider);
    }
  }
  const final = new Map<El, number>();
  for (const [el, sc] of score) {
    const chars = stats.chars[el.order]!;
    final.set(el, sc * (1 - (chars ? stats.links[el.order]! / chars : 0)));
  }
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return [];
  let [top, topScore] = ranked[0]!;
  top = promote(top, topScore, ranked.slice(1, 5), final);
  topScore = Math.max(topScore, final.get(top) ?? topScore);
  // a winner that is the only child of its parent says nothing the parent would not: climb
  while (top.parent && top.parent.order && top.parent.children.filter((c) => typeof c !== 'string' || c.trim()).length === 1) top = top.parent;
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * opts.siblingShare);
  const out: El[] = [];
  const cls = top.attrs.class?.trim();
  for (const sib of parent.children) {
    if (typeof sib === 'string') continue;
    if (sib === top) { out.push(sib); continue; }
    const chars = stats.chars[sib.order]!;
    if (!chars) continue;
    const ld = stats.links[sib.order]! / chars;
    const s = final.get(sib) ?? -Infinity;
    if (s >= threshold && classWeight(sib) >= 0) out.push(sib);
    else if (cls && sib.attrs.class?.trim() === cls && ld < 0.5) out.push(sib);
    else if (ld < 0.25 && chars > 80 && (sib.tag === 'p' || (stats.lines[sib.order]! <= 2 && LEDE.test(hintText(sib))))) out.push(sib);
  }
  return withChunks(out, top, all, stats);
}

/**
 * Readability's two climbs: when three of the runners-up share an ancestor with the winner, that
 * ancestor wins; and a parent scoring higher than its child wins over it.
 */
function promote(top: El, topScore: number, runnersUp: [El, number][], final: Map<El, number>): El {
  const alts = runnersUp.filter(([, sc]) => sc >= topScore * 0.75).map(([el]) => el);
  if (alts.length >= 3) {
    for (let p = top.parent; p && p.order && p.tag !== 'body'; p = p.parent) {
      if (alts.filter((a) => isAncestor(p!, a)).length >= 3) return p;
    }
  }
  let last = topScore;
  for (let p = top.parent; p && p.order && p.tag !== 'body'; p = p.parent) {
    const ps = final.get(p);
    if (ps === undefined) continue;
    if (ps < topScore / 3) break;
    if (ps > last) return p;
    last = ps;
  }
  return top;
}

function isAncestor(a: El, el: El): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/** Articles cut into chunks (between ads) repeat the winner's exact class: take every such element too. */
function withChunks(out: El[], top: El, all: El[], stats: SubtreeStats): El[] {
  const cls = top.attrs.class?.trim();
  if (!cls) return out;
  const chosen = new Set(out);
  const extra = all.filter((el) => el !== top && el.tag === top.tag && el.attrs.class?.trim() === cls && !chosen.has(el)
    && stats.chars[el.order]! > 0 && stats.links[el.order]! / stats.chars[el.order]! < 0.5
    && !out.some((c) => isAncestor(c, el) || isAncestor(el, c)));
  return extra.length ? [...out, ...extra].sort((a, b) => a.order - b.order) : out;
}
