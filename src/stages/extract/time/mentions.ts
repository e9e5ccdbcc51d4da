/** @module time/mentions — the time expressions of one document, with their spec and the tense of their clause. */
import type { Article } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { findCandidates } from './find.ts';
import type { Spec } from './spec.ts';
import type { Tense } from './resolve.ts';
import { tenseAt } from './tense.ts';

export interface Mention {
  start: number;
  end: number;
  spec: Spec;
  since: boolean;
  tense: Tense;
  /** The sentence holding it (offsets into the document text). */
  sentence: { start: number; end: number };
  /** The sentence talks about quarters (results news), where "a year earlier" means the year-ago quarter. */
  quarterTalk: boolean;
}

/** The ranges to read: the headline, then the body paragraphs (the whole text when there are none). */
export function readingRanges(doc: Article): { start: number; end: number }[] {
  const ranges = doc.paragraphs.length ? [...doc.paragraphs] : [{ start: 0, end: doc.text.length }];
  if (doc.titleSpan && !ranges.some((r) => r.start <= doc.titleSpan!.start && doc.titleSpan!.end <= r.end)) ranges.unshift(doc.titleSpan);
  return ranges;
}

// The numbers and events steps read the same document's mentions again: keep the last few documents' (they do not depend on the date).
const recent = new Map<string, Mention[]>();
const RECENT_MAX = 256;

export function findMentions(doc: Article, maxLength: number): Mention[] {
  const key = `${doc.id}\u0000${maxLength}\u0000${doc.text.length}\u0000${doc.paragraphs.length}`;
  const cached = recent.get(key);
  if (cached) return cached;
  const out = readMentions(doc, maxLength);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(key, out);
  return out;
}

function readMentions(doc: Article, maxLength: number): Mention[] {
  const out: Mention[] = [];
  for (const range of readingRanges(doc)) {
    for (const s of splitSentences(doc.text, range.start, range.end)) {
      const sentence = doc.text.slice(s.start, s.end);
      for (const c of findCandidates(doc.text, s.start, s.end)) {
        if (c.end - c.start > maxLength) continue;
        out.push({ ...c, tense: tenseAt(sentence, c.start - s.start, c.end - s.start), sentence: s, quarterTalk: /\bquarter/i.test(sentence) });
      }
    }
  }
  return out;
}
