/**
 * @module extract/numbers — numbers with their unit and what they count (find → parse → counted).
 * Parts of dates and clock times, and bare years, are left to the time stage.
 */
import type { Article, NumberFact } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { findMentions, readingRanges } from '../time/mentions.ts';
import { defaultTimeOptions } from '../time/defaults.ts';
import { defaultNumberOptions, type NumberOptions } from './defaults.ts';
import { findRawNumbers } from './find.ts';
import { parseNumber } from './parse.ts';
import { countedAfter, measuredBefore } from './counted.ts';

export type { NumberOptions } from './defaults.ts';

/** Numbers in one document, in reading order. */
export function findNumbers(doc: Article, options: Partial<NumberOptions> = {}): NumberFact[] {
  const opts = { ...defaultNumberOptions, ...options };
  const timeRanges = findMentions(doc, defaultTimeOptions.maxLength).filter((m) => m.spec.k !== 'duration' && m.spec.k !== 'ref');
  const out: NumberFact[] = [];
  for (const range of readingRanges(doc)) {
    for (const s of splitSentences(doc.text, range.start, range.end)) {
      let previousWhat: NumberFact | null = null;
      for (const raw of findRawNumbers(doc.text, s.start, s.end)) {
        if (timeRanges.some((t) => t.start < raw.end && raw.start < t.end)) continue;
        const parsed = parseNumber(raw, doc.text);
        if (!parsed) continue;
        const bare = /^\d{4}$/.test(raw.amount) && !raw.currency && !raw.percent && !raw.scale && !raw.hyphenUnit;
        if (bare && parsed.value >= opts.yearRange[0] && parsed.value <= opts.yearRange[1]) continue;
        const nextTime = timeRanges.find((t) => t.start >= raw.end && t.start < s.end)?.start ?? s.end;
        let counted = countedAfter(doc.text, raw.end, nextTime, opts.maxWhatWords, parsed.kind === 'money');
        // A range ("242 to 330 passengers"): the first number counts what the second does.
        const range = /^\s*(?:to|-|–|and|or)\s*[$£€]?[\d.,]+(?:\s?(?:million|billion|percent|%))?/i.exec(doc.text.slice(raw.end, nextTime));
        if (!counted.what && range) counted = countedAfter(doc.text, raw.end + range[0].length, nextTime, opts.maxWhatWords);
        if (counted.pronoun) counted = { ...counted, what: previousWhat?.what ?? '', head: previousWhat?.unit ?? null };
        else if (!counted.what && (parsed.kind === 'percent' || parsed.kind === 'money' || parsed.unit == null)) counted = measuredBefore(doc.text, raw.start, s.start);
        const unit = parsed.unit ?? counted.head;
        const fact: NumberFact = { value: parsed.value, unit, what: counted.what, span: { documentId: doc.id, start: raw.start, end: raw.end } };
        out.push(fact);
        if (fact.what && parsed.kind === 'cardinal') previousWhat = fact;
      }
    }
  }
  return out;
}
