/** @module time/find — candidate time expressions in a stretch of text: every rule's matches, longest first, no overlaps. */
import { RULES, type Rule } from './rules.ts';
import { HintScanner } from './hints.ts';
import type { Spec } from './spec.ts';

export interface Candidate {
  /** Offsets into the text searched (the caller's coordinates). */
  start: number;
  end: number;
  spec: Spec;
  /** Preceded by "since": the expression opens an interval that runs to the document date. */
  since: boolean;
}

const LEADING_PREPOSITION = /^(?:for|over|during|in|within|at)\s+/i;
const scanners = new WeakMap<Rule[], HintScanner>();

/** Time expressions in text[from, to), in text order. */
export function findCandidates(text: string, from = 0, to = text.length, rules: Rule[] = RULES): Candidate[] {
  const slice = text.slice(from, to);
  const found: Candidate[] = [];
  let scanner = scanners.get(rules);
  if (!scanner) scanners.set(rules, (scanner = new HintScanner(rules)));
  const passes = scanner.passes(slice);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (!passes[r]) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      if (m[0].length === 0) { rule.re.lastIndex++; continue; }
      const spec = rule.parse(m);
      if (!spec) continue;
      let start = m.index;
      const lead = LEADING_PREPOSITION.exec(m[0]);
      if (lead) start += lead[0].length;
      found.push({ start: from + start, end: from + m.index + m[0].length, spec, since: false });
    }
  }
  // Longest first; a candidate overlapping one already kept is dropped. `kept` stays sorted by start (and so by
  // end: kept spans never overlap), so only the neighbours at the insertion point need checking.
  const kept: Candidate[] = [];
  for (const c of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  for (const c of kept) {
    const before = text.slice(Math.max(from, c.start - 6), c.start);
    if (/since\s$/i.test(before) && c.spec.k !== 'duration') { c.since = true; c.start -= /since\s$/i.exec(before)![0].length; }
  }
  return kept;
}
