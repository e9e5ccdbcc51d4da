/**
 * @module bench/reuse-edits — how outlets change a wire story they re-run: synonym swaps, dropped auxiliaries,
 * changed numbers, US/UK respellings. Pure functions of (sentence, random source, rate); used by the reuse corpus generator.
 */
import { seededRandom } from '../src/lib/random/seeded-random.ts';

/** A seeded PRNG (mulberry32): the same seed makes the same corpus. */
export const rng = seededRandom;

/** Word swaps an editor makes; both directions are used. General English, plus framing pairs news desks swap. */
const SYNONYMS: [string, string][] = [
  ['largest', 'biggest'], ['big', 'large'], ['help', 'assist'], ['buy', 'purchase'], ['start', 'begin'], ['started', 'began'],
  ['show', 'reveal'], ['showed', 'revealed'], ['rise', 'increase'], ['cut', 'reduce'], ['about', 'around'], ['after', 'following'],
  ['try', 'attempt'], ['need', 'require'], ['use', 'employ'], ['many', 'numerous'], ['quickly', 'rapidly'], ['push', 'bid'],
  ['talks', 'negotiations'], ['strike', 'walkout'], ['said', 'added'], ['told', 'informed'], ['says', 'claims'], ['company', 'firm'],
  ['officials', 'authorities'], ['people', 'residents'], ['killed', 'left dead'], ['government', 'administration'],
  ['protesters', 'demonstrators'], ['deteriorated', 'sunk'], ['invasion', 'military operation'], ['attack', 'assault'],
  ['announced', 'unveiled'], ['plan', 'proposal'], ['because', 'as'], ['but', 'however'], ['also', 'additionally'],
  ['more than', 'over'], ['nearly', 'almost'], ['expected', 'anticipated'], ['warned', 'cautioned'], ['important', 'key'],
  ['country', 'nation'], ['city', 'town'], ['police', 'officers'], ['investigation', 'probe'], ['children', 'kids'],
];
const SWAP = new Map<string, string>();
for (const [a, b] of SYNONYMS) { SWAP.set(a, b); SWAP.set(b, a); }

const UK_US: [string, string][] = [['organization', 'organisation'], ['program', 'programme'], ['center', 'centre'], ['color', 'colour'], ['defense', 'defence'], ['labor', 'labour']];

const keepCase = (from: string, to: string) => (from[0] && from[0] === from[0].toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to);

/** Replace words (and two-word phrases) found in the synonym table with probability `rate` each. */
export function swapSynonyms(sentence: string, rand: () => number, rate: number): string {
  return sentence.replace(/\b(more than|left dead|military operation|[A-Za-z]+)\b/g, (w) => {
    const to = SWAP.get(w.toLowerCase());
    return to && rand() < rate ? keepCase(w, to) : w;
  });
}

/** "have vetoed" → "vetoed": drop an auxiliary before a past participle with probability `rate`. */
export function dropAuxiliaries(sentence: string, rand: () => number, rate: number): string {
  return sentence.replace(/\b(has|have|had) ([a-z]+ed)\b/g, (m, _aux, verb: string) => (rand() < rate ? verb : m));
}

/** Change each number (not a year) with probability `rate`, to a nearby different value. */
export function changeNumbers(sentence: string, rand: () => number, rate: number): string {
  return sentence.replace(/\b\d+\b/g, (n) => {
    const v = Number(n);
    if ((v >= 1900 && v <= 2100) || rand() >= rate) return n;
    return String(v + 1 + Math.floor(rand() * Math.max(2, v * 0.2)));
  });
}

/** US → UK spellings (or back) with probability `rate`: a spelling edit, not a wording one. */
export function respell(sentence: string, rand: () => number, rate: number): string {
  let out = sentence;
  for (const [us, uk] of UK_US) {
    out = out.replace(new RegExp(`\\b${us}\\b`, 'gi'), (w) => (rand() < rate ? keepCase(w, uk) : w));
  }
  return out;
}
