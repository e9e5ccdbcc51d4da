/**
 * @module credit-line — wire and reporting credits: "<Agency> with additional input by <desk>",
 * "(With inputs from Reuters)", "Reporting by ...; Editing by ...", "The Associated Press contributed
 * to this report.", "— AFP", "(ANI)", "Source: Xinhua", "published from a wire agency feed".
 */
import { findAgencies, isOnlyAgencies } from './find-agencies.ts';

export interface Credit {
  /** Agencies the credit names (normalised), possibly none ("Reporting by A; Editing by B"). */
  agencies: string[];
  /** The credit says the copy comes from an agency feed even if it names none. */
  wire: boolean;
}

const CREDIT_PATTERNS: RegExp[] = [
  /\bwith (?:additional )?(?:inputs?|reporting|contributions?) (?:from|by)\b/i,
  /^\(?\s*(?:additional |staff )?(?:reporting|writing|editing|compiled|written|reported|produced|translated|research|fact-?checking|photos?|graphics?) by\b/i,
  /\bcontributed (?:to )?this (?:report|story|article)\b/i,
  /^\(?\s*(?:source|sources|credit|courtesy|agency|agencies|wire|inputs?)\s*[:\-–—]/i,
  /\b(?:wire|agency|syndicated) (?:agency )?feed\b/i,
  /^\(?\s*(?:with )?(?:agency )?inputs?\)?\.?$/i,
  /\b(?:originally|first) (?:published|appeared) (?:on|in|by|at)\b/i,
  /^[-–—]+\s*\S/,
];

/** The credit a block carries, or null when it is not a credit line. */
export function readCredit(line: string, words: number, maxWords: number): Credit | null {
  if (words > maxWords) return null;
  if (isOnlyAgencies(line)) return { agencies: findAgencies(line), wire: true };
  if (!CREDIT_PATTERNS.some((re) => re.test(line))) return null;
  const agencies = findAgencies(line);
  const dashOnly = /^[-–—]+\s*\S/.test(line) && !CREDIT_PATTERNS.slice(0, -1).some((re) => re.test(line));
  if (dashOnly && (agencies.length === 0 || words > 6)) return null;
  return { agencies, wire: agencies.length > 0 || /\b(?:wire|agency|agencies|syndicated)\b/i.test(line) };
}
