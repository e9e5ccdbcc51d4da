/** @module events/find — event triggers in a document's sentences, one mention per type per sentence. */
import type { Article } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { tokenize, type Token } from '../../../lib/text/tokenize.ts';
import { readingRanges } from '../time/mentions.ts';
import { TRIGGERS } from './lexicon.ts';

export interface TriggerHit {
  type: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
}

/** Words after which a participle describes a noun ("a kidnapped girl", "its cancelled IPO") instead of reporting a happening. */
const DETERMINERS = new Set(['a', 'an', 'the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'after', 'as', 'by', 'from', 'is', 'vs']);

/**
 * A line in Title Case without closing punctuation, other than the document's own title, is a link to another
 * story ("Video Shows Dramatic Rescue of Kidnapped Girl") left in the body: what it names is not this story's news.
 */
export function isHeadlineLink(doc: Article, sentence: { start: number; end: number }, tokens: Token[]): boolean {
  if (doc.titleSpan && doc.titleSpan.start <= sentence.start && sentence.end <= doc.titleSpan.end) return false;
  if (tokens.length < 4 || /[.!?:"”’')]\s*$/.test(doc.text.slice(sentence.start, sentence.end))) return false;
  const words = tokens.filter((t) => !SMALL_WORDS.has(t.norm));
  return words.length >= 3 && words.filter((t) => /^[\p{Lu}\p{N}]/u.test(t.text)).length >= words.length * 0.8;
}

const participleAfterDeterminer = (tokens: Token[], i: number) => /(?:ed|en)$/.test(tokens[i]!.norm) && DETERMINERS.has(tokens[i - 1]?.norm ?? '');
/** "pleaded guilty to threatening", "convicted of kidnapping": a gerund after these prepositions names a charge or a manner, not a new happening. */
const GERUND_LEADS = new Set(['of', 'to', 'for', 'with', 'without', 'about', 'using', 'by']);
const gerundComplement = (tokens: Token[], i: number) => /ing$/.test(tokens[i]!.norm) && GERUND_LEADS.has(tokens[i - 1]?.norm ?? '');

/** Whether the token sequence at i spells `words`. */
function spells(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

/** Every trigger, in text order; a type found twice in one sentence is kept once (its first trigger). */
export function findTriggers(doc: Article): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const range of readingRanges(doc)) {
    for (const sentence of splitSentences(doc.text, range.start, range.end)) {
      const tokens = tokenize(doc.text.slice(sentence.start, sentence.end), sentence.start);
      if (isHeadlineLink(doc, sentence, tokens)) continue;
      const seen = new Set<string>();
      for (let i = 0; i < tokens.length; i++) {
        const triggers = TRIGGERS.get(tokens[i]!.norm);
        if (!triggers) continue;
        for (const t of triggers) {
          if (!spells(tokens, i, t.words)) continue;
          if (t.words.length === 1 && (participleAfterDeterminer(tokens, i) || gerundComplement(tokens, i))) continue;
          if (!seen.has(t.type)) out.push({ type: t.type, start: tokens[i]!.start, end: tokens[i + t.words.length - 1]!.end, sentence });
          seen.add(t.type);
          i += t.words.length - 1;
          break;
        }
      }
    }
  }
  return out;
}
