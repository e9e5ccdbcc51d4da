/** @module extract/quotes — direct, indirect and mixed quotes with speakers. */
import type { Article, Entity, Quote } from '../../../core/index.ts';
import { shortHash } from '../../../lib/hash/content-id.ts';
import { span } from '../../../lib/span.ts';
import { defaultQuoteOptions, type QuoteOptions } from './defaults.ts';
import { findQuoteRuns, quoteAwareSentences } from './find.ts';
import { parseSentence, type QuoteDraft } from './parse.ts';
import { mentionsIn, resolveSpeaker, type Speaker } from './resolve.ts';

export { defaultQuoteOptions, type QuoteOptions } from './defaults.ts';

/** Quotes in one document; speakers linked to `entities` (which hold mentions of every document). */
export function findQuotes(doc: Article, entities: Entity[], options: Partial<QuoteOptions> = {}): Quote[] {
  const opts = { ...defaultQuoteOptions, ...options };
  const kinds = new Set(opts.cueKinds);
  const mentions = mentionsIn(doc.id, entities);
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ documentId: doc.id, start: 0, end: doc.text.length }];
  const drafts: (QuoteDraft & { para: number; long: boolean })[] = [];
  paragraphs.forEach((p, para) => {
    const runs = findQuoteRuns(doc.text, p.start, p.end);
    for (const s of quoteAwareSentences(doc.text, p.start, p.end, runs)) {
      const inS = runs.filter((r) => r.open >= s.start && r.open < s.end);
      for (const d of parseSentence(doc.text, s.start, s.end, inS, opts, kinds)) drafts.push({ ...d, para, long: d.end - d.start >= opts.bareParagraphShare * (p.end - p.start) });
    }
  });
  // A quote without attribution continues a speaker only when it fills its paragraph or shares one with an attributed quote.
  const attributed = new Set(drafts.filter((d) => d.source).map((d) => d.para));
  const kept = drafts.filter((d) => !d.bare || d.long || attributed.has(d.para));
  drafts.length = 0;
  drafts.push(...kept);
  const quoted = drafts.filter((d) => d.kind === 'direct').map((d) => ({ start: d.start, end: d.end }));
  const out: Quote[] = [];
  let previous: { speaker: Speaker; speakerSpan: Quote['speakerSpan']; para: number; cue?: QuoteDraft['cue'] } | null = null;
  for (const d of drafts) {
    if (d.lead) {
      // Remember who speaks; the quote itself is the next paragraph's.
      const speaker = resolveSpeaker(doc.text, d.source!, mentions, quoted);
      previous = { speaker, speakerSpan: span(doc.id, d.source!.start, d.source!.end), para: d.para, cue: d.cue };
      continue;
    }
    let speaker: Speaker = { entity: null, name: null };
    let speakerSpan: Quote['speakerSpan'] = null;
    if (d.source) {
      speaker = resolveSpeaker(doc.text, d.source, mentions, quoted);
      speakerSpan = span(doc.id, d.source.start, d.source.end);
    } else if (d.bare && previous && d.para - previous.para <= opts.continuationParagraphs) {
      ({ speaker, speakerSpan } = previous);
      if (previous.cue && d.para === previous.para + 1) d.cue = previous.cue;
    } else if (d.bare) continue;
    const quote: Quote = {
      id: `q-${shortHash(`${doc.id}:${d.start}:${d.end}`, 10)}`,
      kind: d.kind,
      text: doc.text.slice(d.start, d.end),
      span: span(doc.id, d.start, d.end),
      speakerId: speaker.entity?.id ?? null,
      speaker: speaker.name,
      cue: d.cue?.text ?? null,
      speakerSpan,
      cueSpan: d.cue ? span(doc.id, d.cue.start, d.cue.end) : null,
      ...(d.pieces ? { pieces: d.pieces.map((r) => span(doc.id, r.start, r.end)) } : {}),
    };
    out.push(quote);
    if (speaker.name) previous = { speaker, speakerSpan, para: d.para };
  }
  return out;
}
