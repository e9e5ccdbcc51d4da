/**
 * @module byline — author lines: "By Jane Doe and John Roe", "Jane Doe | Reuters", "Jane Doe, AFP",
 * "Written by ...", "Author: ...", "Von Jane Doe". Returns the names as written, and agencies named.
 */
import { findAgencies, isOnlyAgencies } from './find-agencies.ts';

export interface Byline {
  /** The credited names (leading "By" and a trailing agency or date dropped). */
  names: string;
  agencies: string[];
}

const BY = /^(?:by|written by|posted by|words by|story by|reported by|von|par|por|di|door|av|af|autor:|author:|reporter:|correspondent:)\s+/i;
const LOWER_OK = new Set(['and', 'de', 'da', 'del', 'der', 'van', 'von', 'la', 'le', 'al', 'bin', 'in', 'for', 'the', 'of', 'staff', 'und', 'et', 'y', 'e', 'reporter', 'correspondent', 'writer', 'editor', 'news', 'desk', 'at']);
const TAIL = /\s*(?:[|•·,–—-]|\bfor\b|\bin\b)\s*(?:published|posted|updated)?.*$/i;

function mostlyNames(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const named = words.filter((w) => /^[\p{Lu}]/u.test(w) || LOWER_OK.has(w.toLowerCase().replace(/\W+$/, '')));
  return named.length / words.length >= 0.8;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3}`;
const PLACE_BYLINE = new RegExp(`^(${NAME}(?:(?:,\\s*|\\s+and\\s+)${NAME})*)\\s+in\\s+\\p{Lu}[\\p{L} .'’\\-]+$`, 'u');

/**
 * "Jane Roe in Belgrade", "Jane Roe and John Doe in Kyiv": names then a place. A headline can read the
 * same ("Protests Erupt in Paris"), so classify-lines asks this only of a line after the headline.
 */
export function readPlaceByline(line: string, words: number): Byline | null {
  const m = words <= 12 && !/[.!?]$/.test(line) ? PLACE_BYLINE.exec(line) : null;
  return m ? { names: m[1]!, agencies: [] } : null;
}

/** The byline a block is, or null. */
export function readByline(line: string, words: number, maxWords: number): Byline | null {
  if (words > maxWords) return null;
  const by = BY.exec(line);
  if (by) {
    const rest = line.slice(by[0].length);
    const names = rest.replace(TAIL, '').replace(/[\s.,;:]+$/, '');
    if (!names || !mostlyNames(names) || /[.!?]$/.test(rest) && words > 6) return null;
    return { names, agencies: findAgencies(rest) };
  }
  // "Jane Doe | Reuters", "Jane Doe, AFP", "Jane Doe - Associated Press", "PTI | New Delhi"
  const split = /^([^|,–—-]{2,60}?)\s*[|,–—-]\s*(.{2,60})$/.exec(line);
  if (split && words <= 8 && isOnlyAgencies(split[1]!) && !/[.!?]$/.test(line)) return { names: split[1]!.trim(), agencies: findAgencies(split[1]!) };
  if (split && words <= 8 && mostlyNames(split[1]!) && !/[.!?]$/.test(line)) {
    const agencies = findAgencies(split[2]!);
    const staff = /^(?:staff|senior|chief|special)?\s*(?:writer|reporter|correspondent|editor|contributor|columnist)\b/i.test(split[2]!);
    if (agencies.length || staff) return { names: split[1]!.trim(), agencies };
  }
  return null;
}
