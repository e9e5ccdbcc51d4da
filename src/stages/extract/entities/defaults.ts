/** @module extract/entities/defaults — tunables for finding and merging entities. */
import type { EntityType } from '../../../core/index.ts';

export interface EntityOptions {
  /** Longest gazetteer name tried, in tokens. */
  maxGazetteerTokens: number;
  /** Longest role phrase scanned to the left of a name, in tokens. */
  maxRoleTokens: number;
  /** Longest appositive ("X, China's ambassador to the UN,") scanned after a name, in tokens. */
  maxAppositiveTokens: number;
  /** Longest capitalised name kept as one person, in tokens (longer runs are titles of works or headlines). */
  maxPersonTokens: number;
  /** Keep capitalised runs that no rule could type, as type `other`: none, only runs of 2+ words, or all. */
  keepUntyped: 'none' | 'multiword' | 'all';
  /** The type given to kept untyped runs. */
  untypedAs: EntityType;
  /** Also report nationality words ("Chinese", "Russian") as entities of type `other` tied to their country. */
  nationalities: boolean;
}

export const defaultEntityOptions: EntityOptions = {
  maxGazetteerTokens: 6, // "Democratic People's Republic of Korea" is the longest common name (6 tokens)
  maxRoleTokens: 9, // "Russia's Deputy Permanent Representative to the United Nations" fits
  maxAppositiveTokens: 12, // appositions longer than this were clauses, not roles, on news text we wrote
  maxPersonTokens: 4, // "Andrew Lloyd-Webber Jr", "Ngo Dinh Diem", "Martin Luther King Jr"
  keepUntyped: 'multiword', // single untyped words were mostly adjectives and openers on news we wrote; the CoNLL eval keeps all
  untypedAs: 'organization', // CoNLL-2003 valid: overall F1 0.67 as `other`, 0.73 as organization (teams, firms, parties, desks)
  nationalities: false, // the report lists actors, not adjectives; the CoNLL eval turns this on (MISC)
};
