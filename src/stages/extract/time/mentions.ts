/** @module time/mentions — the time expressions of one document, with their spec and the tense of their clause. */
import type { Article } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { findCandidates } from './find.ts';
import type { Spec } from './spec.ts';
import type { Tense } from './resolve.ts';
import { sentenceCues, tenseAt } from './tense.ts';

export interface Mention {
  start: number;
  end: number;
  spec: Spec;
  since: boolean;
  tense: Tense;
  /** The sentence holding it (offsets into the document text). */
  sentence: { start: number; end: number };
  /** The sentence talks about quarters or per-share results (results news), where "a year earlier" means the year-ago quarter once a quarter is in focus. */
  quarterTalk: boolean;
}

/** The ranges to read: the headline, then the body paragraphs (the whole text when there are none). */
export function readingRanges(doc: Article): { start: number; end: number }[] {
  const ranges = doc.paragraphs.length ? [...doc.paragraphs] : [{ start: 0, end: doc.text.length }];
  if (doc.titleSpan && !ranges.some((r) => r.start <= doc.titleSpan!.start && doc.titleSpan!.end <= r.end)) ranges.unshift(doc.titleSpan);
  return ranges;
}

/** Results talk: money figures compared, per share or by period ("from $58 million, or 97 cents a share, a year earlier"). */
const RESULTS_TALK = /[$£€]\s?\d|\bcents\b|\ba share\b|\bper share\b|\bperiod\b|\bresults\b/i;
/** ...unless the comparison is over a year or nine months, which keep "a year earlier" a year. */
const YEARLY_TALK = /\bnine months\b|\byear ended\b|\bfiscal year\b|\bfull year\b|\bthis year\b|\bannual\b/i;

/** What a sentence talks about; `results` is read only for a year-back expression, so it is tested on first use. */
class SentenceTalk {
  readonly quarter: boolean;
  private resultsTalk: boolean | undefined;
  constructor(private readonly sentence: string) {
    this.quarter = /\bquarter/i.test(sentence);
  }
  get results(): boolean {
    return (this.resultsTalk ??= RESULTS_TALK.test(this.sentence) && !YEARLY_TALK.test(this.sentence));
  }
}

/** Whether "a year earlier" in this sentence may mean the year-ago quarter (the quarter in focus must still be set). */
function quarterTalkOf(spec: Spec, talk: SentenceTalk): boolean {
  if (talk.quarter) return true;
  const yearBack = (spec.k === 'offset' && spec.unit === 'year' && spec.n === 1 && spec.sign === -1) || (spec.k === 'rel' && spec.grain === 'year' && spec.n === -1 && !spec.part);
  return yearBack && talk.results;
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
      const candidates = findCandidates(doc.text, s.start, s.end);
      if (!candidates.length) continue;
      const sentence = doc.text.slice(s.start, s.end);
      const cues = sentenceCues(sentence);
      const talk = new SentenceTalk(sentence);
      for (const c of candidates) {
        if (c.end - c.start > maxLength) continue;
        // "since March" looks back whatever the clause's tense.
        out.push({ ...c, tense: c.since ? 'past' : tenseAt(sentence, c.start - s.start, c.end - s.start, cues), sentence: s, quarterTalk: quarterTalkOf(c.spec, talk) });
      }
    }
  }
  return out;
}
