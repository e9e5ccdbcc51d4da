/**
 * @module eval/reuse-score — scores a ReuseResult against a generated corpus's truth.
 * Passages are scored in sentence units: a sentence is covered by a passage side when at least half its characters
 * lie in the span. A gold pair is two sentences of one origin in two documents; it is found when one passage between
 * those documents covers both. Precision: covered sentences whose partner is covered on the other side of the same passage.
 */
import type { ReuseResult } from '../src/core/index.ts';
import type { ReuseTruth } from '../bench/reuse-corpus.ts';

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

function covered(truth: ReuseTruth, docId: string, start: number, end: number): { idx: number; origin: string }[] {
  return (truth.sentences.get(docId) ?? []).flatMap((s, idx) => {
    const inside = Math.min(end, s.end) - Math.max(start, s.start);
    return inside * 2 >= s.end - s.start ? [{ idx, origin: s.origin }] : [];
  });
}

/** Every gold sentence pair, keyed "docX:idx|docY:idx" (docX < docY), from equal origins. */
function goldPairs(truth: ReuseTruth): Set<string> {
  const byOrigin = new Map<string, string[]>();
  for (const [doc, sents] of truth.sentences) sents.forEach((s, idx) => {
    const list = byOrigin.get(s.origin);
    if (list) list.push(`${doc}:${idx}`);
    else byOrigin.set(s.origin, [`${doc}:${idx}`]);
  });
  const out = new Set<string>();
  for (const list of byOrigin.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      if (list[x]!.split(':')[0] !== list[y]!.split(':')[0]) out.add(pairKey(list[x]!, list[y]!));
    }
  }
  return out;
}

function isAncestor(truth: ReuseTruth, anc: string, doc: string): boolean {
  for (let p = truth.parent.get(doc); p; p = truth.parent.get(p)) if (p === anc) return true;
  return false;
}

export function scoreReuse(result: ReuseResult, truth: ReuseTruth): Record<string, number> {
  const gold = goldPairs(truth);
  const found = new Set<string>();
  let coveredTotal = 0, coveredRight = 0, passagesRight = 0;
  let dirTotal = 0, dirRight = 0, dirDecided = 0;
  const dirPairs = new Set<string>();
  for (const p of result.passages) {
    const ca = covered(truth, p.a.documentId, p.a.start, p.a.end);
    const cb = covered(truth, p.b.documentId, p.b.start, p.b.end);
    const originsB = new Set(cb.map((c) => c.origin));
    const originsA = new Set(ca.map((c) => c.origin));
    const right = ca.filter((c) => originsB.has(c.origin)).length + cb.filter((c) => originsA.has(c.origin)).length;
    coveredTotal += ca.length + cb.length;
    coveredRight += right;
    if (right * 2 >= ca.length + cb.length && ca.length + cb.length > 0) passagesRight++;
    for (const x of ca) for (const y of cb) if (x.origin === y.origin) found.add(pairKey(`${p.a.documentId}:${x.idx}`, `${p.b.documentId}:${y.idx}`));
    // Direction: scored once per document pair where one is the other's ancestor.
    const key = pairKey(p.a.documentId, p.b.documentId);
    if (dirPairs.has(key)) continue;
    const aFirst = isAncestor(truth, p.a.documentId, p.b.documentId);
    const bFirst = isAncestor(truth, p.b.documentId, p.a.documentId);
    if (!aFirst && !bFirst) continue;
    dirPairs.add(key);
    dirTotal++;
    if (p.direction !== 'unknown') dirDecided++;
    if ((aFirst && p.direction === 'a->b') || (bFirst && p.direction === 'a<-b')) dirRight++;
  }
  let tp = 0;
  for (const g of gold) if (found.has(g)) tp++;
  const recall = gold.size ? tp / gold.size : 1;
  const precision = coveredTotal ? coveredRight / coveredTotal : 1;
  const passageF1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  // Near-duplicates: pairwise over the closure of duplicate links, truth from the generator's light copies.
  const dupComp = (links: [string, string][]) => {
    const parent = new Map<string, string>();
    const find = (x: string): string => { const p = parent.get(x) ?? x; if (p === x) return x; const r = find(p); parent.set(x, r); return r; };
    for (const [x, y] of links) { const rx = find(x), ry = find(y); if (rx !== ry) parent.set(rx, ry); }
    const comps = new Map<string, string[]>();
    for (const x of new Set(links.flat())) { const r = find(x); comps.set(r, [...(comps.get(r) ?? []), x]); }
    const pairs = new Set<string>();
    for (const c of comps.values()) for (let i = 0; i < c.length; i++) for (let j = i + 1; j < c.length; j++) pairs.add(pairKey(c[i]!, c[j]!));
    return pairs;
  };
  const goldDupLinks: [string, string][] = [];
  for (const [doc, prof] of truth.profile) if (prof === 'duplicate') goldDupLinks.push([doc, truth.parent.get(doc)!]);
  const goldDup = dupComp(goldDupLinks);
  const predDup = dupComp(result.provenance.duplicates.map((d) => [d.documentId, d.duplicateOf]));
  const dupTp = [...predDup].filter((x) => goldDup.has(x)).length;
  const dup = prf(dupTp, predDup.size - dupTp, goldDup.size - dupTp);

  // Provenance groups: pairwise over documents of one story (is this pair one source?).
  const predGroup = new Map<string, string>();
  for (const g of result.provenance.groups) for (const id of g.documentIds) predGroup.set(id, g.id);
  let gtp = 0, gfp = 0, gfn = 0, storiesRight = 0;
  const byStory = new Map<number, string[]>();
  for (const [doc, s] of truth.story) byStory.set(s, [...(byStory.get(s) ?? []), doc]);
  for (const ids of byStory.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const g = truth.group.get(ids[i]!) === truth.group.get(ids[j]!);
      const pr = predGroup.get(ids[i]!) === predGroup.get(ids[j]!);
      if (g && pr) gtp++; else if (pr) gfp++; else if (g) gfn++;
    }
    const goldSources = new Set(ids.map((d) => truth.group.get(d))).size;
    const predSources = new Set(ids.map((d) => predGroup.get(d))).size;
    if (goldSources === predSources) storiesRight++;
  }
  const groups = prf(gtp, gfp, gfn);
  const originalsRight = result.provenance.groups.filter((g) => g.documentIds.length > 1 && g.originalId !== null && truth.profile.get(g.originalId) === 'original').length;
  const multi = [...new Set(truth.group.values())].filter((g) => [...truth.group.values()].filter((x) => x === g).length > 1).length;

  return {
    passageP: precision, passageR: recall, passageF1,
    passagesCorrectShare: result.passages.length ? passagesRight / result.passages.length : 1,
    directionAccuracy: dirTotal ? dirRight / dirTotal : 1,
    directionDecided: dirTotal ? dirDecided / dirTotal : 1,
    directionPrecision: dirDecided ? dirRight / dirDecided : 1,
    nearDupP: dup.p, nearDupR: dup.r,
    groupP: groups.p, groupR: groups.r, groupF1: groups.f1,
    independentSourcesExact: byStory.size ? storiesRight / byStory.size : 1,
    originalFound: multi ? originalsRight / multi : 1,
  };
}
