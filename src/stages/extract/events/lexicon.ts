/** @module events/lexicon — event triggers from data/event-verbs.json, matched on lower-cased word sequences. */
import lexicon from '../../../../data/event-verbs.json' with { type: 'json' };

export interface Trigger { words: string[]; type: string }

/** First word → the triggers starting with it, longest first. */
export const TRIGGERS: Map<string, Trigger[]> = (() => {
  const map = new Map<string, Trigger[]>();
  for (const [type, phrases] of Object.entries(lexicon.types as Record<string, string[]>)) {
    for (const phrase of phrases) {
      const words = phrase.toLowerCase().split(/\s+/);
      const list = map.get(words[0]!) ?? [];
      list.push({ words, type });
      map.set(words[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Types that count only in a sentence with a time expression. */
export const DATED_TYPES: ReadonlySet<string> = new Set(lexicon.dated);

/** Triggers that name a happening as a noun: undated and introduced by "the", "its", "any"..., they are not a new event (see parse). */
export const DATED_NOUNS: ReadonlySet<string> = new Set(lexicon.datedNouns);

/** Type → the key shared by the types that name the same happening ("veto" and "vote" → "vote"). */
export const MERGE_GROUP: ReadonlyMap<string, string> = new Map(
  lexicon.mergeGroups.flatMap((group: string[]) => group.map((t) => [t, group[0]!] as [string, string])),
);

export const groupOf = (type: string) => MERGE_GROUP.get(type) ?? type;
