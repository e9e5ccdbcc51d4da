/**
 * @module find-cut-copies — blocks the scraper cut off mid-sentence and repeated in full further down
 * (a teaser lede, then the full paragraph), and exact repeats. A block is a cut copy of a later one when
 * its words are found, in order, at the start of the later one, which is longer.
 */

export interface CutCopy {
  /** Index of the cut (or repeated) block. */
  index: number;
  /** Index of the full block it copies. */
  of: number;
  exact: boolean;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Length of the longest common subsequence of a and b (two rolling rows). */
function lcs(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (const x of a) {
    for (let j = 0; j < b.length; j++) cur[j + 1] = x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * A block that ends a sentence exactly where the later block ends one is an earlier version of an
 * updated passage, not a cut: "cut" means the later block carries on past the copy's last word.
 */
function endsWhereSentenceEnds(aText: string, bText: string, a: string[]): boolean {
  if (!/[.!?…]["'”’)\]]*$/u.test(aText)) return false;
  const last = a[a.length - 1]!;
  const re = /[\p{L}\p{N}]+/gu;
  let count = 0;
  for (let m = re.exec(bText); m && count < a.length + 6; m = re.exec(bText), count++) {
    if (m[0].toLowerCase() === last && /^[.!?…]["'”’)\]]*(?:\s|$)/u.test(bText.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Cut or repeated copies among `texts` (block texts in reading order). */
export function findCutCopies(texts: string[], minWords: number, minMatch: number): CutCopy[] {
  // cheap first pass: a copy and its full block share the copy's first two words among the full
  // block's first five (a dateline may precede them); only such pairs are tokenised and compared
  const openings = texts.map((t) => t.slice(0, 80).toLowerCase().split(/[\s,.;:"'“”‘’()\-–—]+/, 6).filter(Boolean));
  const byFirstPair = new Map<string, number[]>();
  openings.forEach((o, i) => {
    if (o.length >= 2) byFirstPair.set(`${o[0]} ${o[1]}`, [...(byFirstPair.get(`${o[0]} ${o[1]}`) ?? []), i]);
  });
  const pairs: [number, number][] = [];
  openings.forEach((o, j) => {
    const seen = new Set<number>();
    for (let k = 0; k + 1 < o.length; k++) {
      for (const i of byFirstPair.get(`${o[k]} ${o[k + 1]}`) ?? []) if (i !== j && !seen.has(i)) { seen.add(i); pairs.push([Math.min(i, j), Math.max(i, j)]); }
    }
  });
  const toks = new Map<number, string[]>();
  const tok = (i: number) => toks.get(i) ?? toks.set(i, words(texts[i]!)).get(i)!;
  const out: CutCopy[] = [];
  const taken = new Set<number>();
  const done = new Set<string>();
  for (const [i, j] of pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const key = `${i}:${j}`;
    if (done.has(key) || taken.has(i) || taken.has(j)) continue;
    done.add(key);
    const a = tok(i);
    const b = tok(j);
    if (a.length < minWords || b.length < a.length || !b.slice(0, 4).includes(a[0]!)) continue;
    if (b.length === a.length) {
      if (a.join(' ') === b.join(' ')) { out.push({ index: j, of: i, exact: true }); taken.add(j); }
      continue;
    }
    if (b.length < a.length + 2) continue;
    if (lcs(a, b.slice(0, a.length + 6)) >= minMatch * a.length && !endsWhereSentenceEnds(texts[i]!, texts[j]!, a)) {
      out.push({ index: i, of: j, exact: false });
      taken.add(i);
    }
  }
  return out.sort((x, y) => x.index - y.index);
}
