/**
 * @module extract/entities/gazetteer — the name lists from data/ as lookup tables: countries (with demonyms,
 * capitals and aliases), organisations, places, followers and events (misc-names), person titles and given names.
 */
import countries from '../../../../data/countries.json' with { type: 'json' };
import organizations from '../../../../data/organizations.json' with { type: 'json' };
import agencies from '../../../../data/news-agencies.json' with { type: 'json' };
import places from '../../../../data/places.json' with { type: 'json' };
import titles from '../../../../data/titles.json' with { type: 'json' };
import names from '../../../../data/person-names.json' with { type: 'json' };
import mobyNames from '../../../../data/given-names-moby.json' with { type: 'json' };
import misc from '../../../../data/misc-names.json' with { type: 'json' };
import common from '../../../../data/common-words.json' with { type: 'json' };
import type { EntityType } from '../../../core/index.ts';

/** What a gazetteer name stands for. */
export interface GazetteerEntry {
  /** Canonical name of the entity ("United States"). */
  name: string;
  type: EntityType;
  /** How the surface form relates to it. */
  form: 'name' | 'alias' | 'capital' | 'demonym' | 'context';
  /** For a capital or demonym: the country it stands for. */
  country?: string;
}

const COMMON: ReadonlySet<string> = new Set(common.words.split(' '));
const givenNames: ReadonlySet<string> = new Set(names.givenNames.split(' '));

/** Surface form (exact case, tokens joined by single spaces) → entry. */
const table = new Map<string, GazetteerEntry>();
const add = (surface: string, entry: GazetteerEntry) => {
  if (!table.has(surface)) table.set(surface, entry);
};

for (const [name, , , aliases] of countries.countries as [string, string[], string, string[]][]) {
  add(name, { name, type: 'country', form: 'name' });
  for (const a of aliases) add(a, { name, type: 'country', form: a.startsWith('the ') && !/^the [A-Z]{2}/.test(a) ? 'context' : 'alias' });
}
for (const [name, , capital] of countries.countries as [string, string[], string, string[]][]) {
  if (capital !== name) add(capital, { name: capital, type: 'place', form: 'capital', country: name });
}
for (const [name, demonyms] of countries.countries as [string, string[], string, string[]][]) {
  for (const d of demonyms) add(d, { name: d, type: 'other', form: 'demonym', country: name });
}
for (const a of countries.adjectives as string[]) {
  add(a, { name: a, type: 'other', form: 'demonym' });
  if (/an$/.test(a)) add(`${a}s`, { name: `${a}s`, type: 'other', form: 'demonym' }); // "Africans", "Europeans"
}
for (const [name, aliases] of organizations.organizations as [string, string[]][]) {
  add(name, { name, type: 'organization', form: 'name' });
  for (const a of aliases) add(a, { name, type: 'organization', form: 'alias' });
}
// News agencies and the forms their copy is credited with ("PAP", "Prensa Latina"); not those that are also common words or given names ("MAP", "Petra").
for (const a of agencies.agencies) {
  for (const c of [a.name, ...a.credits]) {
    if (c.length < 2 || !/^\p{Lu}/u.test(c) || COMMON.has(c.toLowerCase()) || givenNames.has(c.toLowerCase())) continue;
    add(c, { name: a.name, type: 'organization', form: c === a.name ? 'name' : 'alias' });
  }
}
for (const p of [...places.regions, ...places.states, ...places.cities]) add(p, { name: p, type: 'place', form: 'name' });
// Followers, parties' members, ethnic groups and time zones read like nationality words; events are named things.
for (const a of [...misc.adherents, ...misc.timeZones]) add(a, { name: a, type: 'other', form: 'demonym' });
for (const e of misc.events) add(e, { name: e, type: 'other', form: 'name' });

/** First words of gazetteer names (as written, and lower-cased for capitalised headlines): a fast reject. */
const firstWords = new Set<string>();
for (const k of table.keys()) {
  const w = k.split(/[ ']/)[0]!;
  firstWords.add(w);
  firstWords.add(w.toLowerCase());
}

/** Every word-prefix of every name ("Democratic", "Democratic People's", ...), as written and upper-cased. */
const prefixes = new Set<string>();
for (const k of table.keys()) {
  const parts = k.replace(/'s\b/g, " 's").split(' ');
  let p = '';
  for (const w of parts) {
    p = p === '' ? w : w === "'s" ? p + "'s" : `${p} ${w}`;
    prefixes.add(p);
    prefixes.add(p.toUpperCase());
  }
}

/** Whether some gazetteer name starts with these words (a capitalised headline's upper case allowed). */
export function isNamePrefix(surface: string): boolean {
  return prefixes.has(surface) || prefixes.has(surface.replace(/\u2019/g, "'"));
}

/** Whether some gazetteer name may start with this word. */
export function mayStartName(word: string): boolean {
  return firstWords.has(word) || (word.length > 1 && word === word.toUpperCase() && firstWords.has(word.toLowerCase()));
}

/** Entry for a surface form written exactly so (tokens joined by single spaces), or undefined. */
export function lookup(surface: string): GazetteerEntry | undefined {
  const hit = table.get(surface) ?? (surface.includes('\u2019') ? table.get(surface.replace(/\u2019/g, "'")) : undefined);
  if (hit || surface.length < 4) return hit;
  return surface === surface.toUpperCase() && /^\p{Lu}[\p{Lu} .'-]+$/u.test(surface) ? titleCaseLookup(surface) : undefined;
}

/** "SOUTH AFRICA" in an all-capitals headline finds "South Africa". */
function titleCaseLookup(surface: string): GazetteerEntry | undefined {
  const t = surface.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return table.get(t);
}

/** Role words, lower case; multi-word roles joined by single spaces. */
export const ROLES: ReadonlySet<string> = new Set(titles.roles);
/** First words of roles, for a fast reject. */
export const ROLE_FIRST_WORDS: ReadonlySet<string> = new Set(titles.roles.map((r) => r.split(' ')[0]!));
/** Words that may stand before a role ("Deputy", "Special"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(titles.modifiers);
export const HONORIFICS: ReadonlySet<string> = new Set(titles.honorifics);
export const GIVEN_NAMES: ReadonlySet<string> = givenNames;
/**
 * Further given names (the Moby lists): many are also places, clubs or firms ("Kent", "Essex"), so they count only
 * as the first of two or three name-shaped words ("Ernie Els"), never alone.
 */
export const MORE_GIVEN_NAMES: ReadonlySet<string> = new Set(mobyNames.givenNames.split(' '));
/** East Asian family names, which stand first ("Li Jun": the surname is Li). */
export const FAMILY_FIRST: ReadonlySet<string> = new Set(names.familyNamesFirst.split(' '));

/** Country canonical names in a stable order (for documentation and tests). */
export const COUNTRY_NAMES: readonly string[] = (countries.countries as [string][]).map((c) => c[0]);

/** Common English words (SCOWL, lower case): a capitalised run made only of them is a heading or label, not a name. */
export const COMMON_WORDS: ReadonlySet<string> = COMMON;

/** AP-style abbreviations of US states ("Calif.", "Va."), without their dot: a place only after "City ,". */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(places.stateAbbreviations);
