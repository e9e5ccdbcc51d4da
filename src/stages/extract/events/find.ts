/** @module events/find — event triggers in a document's sentences, one mention per type per sentence. */
import type { Article } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { tokenize } from '../../../lib/text/tokenize.ts';
import { readingRanges } from '../time/mentions.ts';
import { TRIGGERS } from './lexicon.ts';

export interface TriggerHit {
  type: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
}

/** Every trigger, in text order; a type found twice in one sentence is kept once (its first trigger). */
export function findTriggers(doc: Article): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const range of readingRanges(doc)) {
    for (const sentence of splitSentences(doc.text, range.start, range.end)) {
      const tokens = tokenize(doc.text.slice(sentence.start, sentence.end), sentence.start);
      const seen = new Set<string>();
      for (let i = 0; i < tokens.length; i++) {
        for (const t of TRIGGERS.get(tokens[i]!.norm) ?? []) {
          if (!t.words.every((w, k) => tokens[i + k]?.norm === w)) continue;
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
