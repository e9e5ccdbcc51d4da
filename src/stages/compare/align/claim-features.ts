/** @module claim-features — what two claims can share: content words, entities, numbers and dates, weighted by rarity. */
import type { ClaimUnit } from '../claims/claim-unit.ts';

/** The matching keys of a claim: word stems, plus entity ids, number values and date values as their own keys (attribution left out). */
export function claimFeatures(c: ClaimUnit): Set<string> {
  // Alignment and novelty both read every claim's keys: built once per claim (callers only read the set).
  let f = FEATURES.get(c);
  if (!f) FEATURES.set(c, (f = buildFeatures(c)));
  return f;
}

const FEATURES = new WeakMap<ClaimUnit, Set<string>>();

function buildFeatures(c: ClaimUnit): Set<string> {
  const f = new Set(c.keyTerms ?? c.terms);
  for (const e of c.keyEntityIds ?? c.entityIds) f.add('e:' + e);
  for (const n of c.numbers) f.add(`n:${n.value}|${n.unit ?? ''}`);
  for (const d of c.dates) if (d.value) f.add('d:' + d.value);
  return f;
}

/** Inverse frequency of each key over all claims: rare shared keys say more than common ones. */
export function featureWeights(features: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const fs of features) for (const k of fs) df.set(k, (df.get(k) ?? 0) + 1);
  const n = features.length;
  const w = new Map<string, number>();
  // Structured keys (entities, numbers, dates) count double: they are the slots claims are about.
  for (const [k, d] of df) w.set(k, Math.log(1 + n / d) * (k.includes(':') ? 2 : 1));
  return w;
}
