/** @module extract/quotes/role-words — single role words ("ambassador", "envoy") from data/titles.json, for "the ambassador said". */
import titles from '../../../../data/titles.json' with { type: 'json' };

export const ROLE_WORDS: ReadonlySet<string> = new Set(titles.roles.filter((r) => !r.includes(' ')));
