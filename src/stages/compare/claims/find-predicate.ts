/** @module find-predicate — the main verb of a clause and who does it, by shallow cues (no parser). */
import type { Token } from '../../../lib/text/tokenize.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';

/** Irregular past forms and frequent bare verbs of news copy, which no suffix gives away. */
const VERBS = new Set([
  'said', 'says', 'say', 'told', 'tell', 'made', 'took', 'gave', 'got', 'went', 'came', 'found', 'held', 'left', 'led',
  'met', 'ran', 'saw', 'sent', 'set', 'shot', 'sold', 'spent', 'stood', 'struck', 'won', 'wrote', 'kept', 'knew',
  'thought', 'brought', 'bought', 'caught', 'fought', 'sought', 'fell', 'fled', 'hit', 'cut', 'put', 'quit', 'rose',
  'broke', 'chose', 'drew', 'grew', 'threw', 'began', 'became', 'lost', 'paid', 'laid', 'meant', 'heard', 'felt',
  'veto', 'vote', 'ban', 'back', 'warn', 'urge', 'seek', 'face', 'plan', 'call', 'deny', 'hold', 'push', 'ditch',
  'claim', 'slam', 'reject', 'approve', 'launch', 'fire', 'kill', 'arrest', 'charge', 'sue', 'win', 'lose', 'hit',
  'confirm', 'report', 'announce', 'agree', 'accuse', 'blame', 'defend', 'plead', 'admit', 'find', 'release',
]);

function looksLikeVerb(t: Token): boolean {
  const w = t.norm;
  if (isFunctionWord(w) || /^\p{Lu}/u.test(t.text) || /\d/.test(w)) return false;
  return VERBS.has(w) || (/ed$/.test(w) && w.length > 4) || /(?:es|[^su]s)$/.test(w) && VERBS.has(w.replace(/e?s$/, ''));
}

/**
 * The index of the clause's main verb among `tokens`, or -1. Body clauses: the first verb-like token
 * (a listed verb, or an -ed form). Headlines (`headline`): the first lower-case content word after
 * the opening run of capitalised words, which is where headline grammar puts the verb.
 */
export function findPredicate(tokens: readonly Token[], headline = false): number {
  if (headline) {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!/^\p{Lu}/u.test(t.text) && !isFunctionWord(t.norm) && !/\d/.test(t.text)) return i;
    }
    return -1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.norm;
    if (looksLikeVerb(t) && prev !== 'the' && prev !== 'a' && prev !== 'an') return i;
  }
  return -1;
}
