/**
 * @module stories/story-names — the name a report puts first, and whether a story has ever heard of it.
 *
 * Two events of one kind (two actors checking into rehab, two players arrested for drink-driving, two
 * coaches fired by one club) share their topic words, and the later event's reports often recall the earlier
 * one by name. What sets a report apart is the name it puts first: written in its headline, or more than once.
 * A report whose most prominent name no member of a story ever mentions is likely about someone (or somewhere)
 * else; but one name is weak evidence (a report may lead with a spokesman, a venue, an outlet), so it only
 * decides a close call: a join that clears the threshold by less than `nameConflictMargin` (see the clusterer).
 *
 * Only single-word name features count (a person's surname, a place), not numbers or years (story-years
 * handles those), and only for article-sized reports: a headline's capitals say little about names.
 */
import { isNameFeature, NAME_PREFIX } from './features.ts';

/** A single-word name feature ("@okafor"), not a phrase ("@ada okafor") and not a number ("@2013", "@52-3"). */
function isSingleName(t: string): boolean {
  if (!isNameFeature(t) || t.includes(' ')) return false;
  const c = t.charCodeAt(NAME_PREFIX.length);
  return !(c >= 48 && c <= 57);
}

/** A document's most prominent name: the single-word name feature of highest weight, when that weight is at least `minWeight`; else null. Ties: the first in name order. */
export function leadName(weights: ReadonlyMap<string, number>, minWeight: number): string | null {
  let best: string | null = null;
  let bestW = minWeight;
  for (const [t, w] of weights) {
    if (w < bestW || (w === bestW && best !== null && t > best) || !isSingleName(t)) continue;
    best = t;
    bestW = w;
  }
  return best;
}

/** Whether a story's members never mention `name` (its centroid holds every word its members brought, less the weakest when pruned). */
export function storyLacksName(name: string | null, centroid: ReadonlyMap<string, number>): boolean {
  return name !== null && !centroid.has(name);
}
