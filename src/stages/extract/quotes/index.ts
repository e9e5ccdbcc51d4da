/** @module extract/quotes — direct, indirect and mixed quotes with speakers. */
import type { Article, Entity, Quote } from '../../../core/index.ts';
import { shortHash } from '../../../lib/hash/content-id.ts';
import { span } from '../../../lib/span.ts';
import { defaultQuoteOptions, type QuoteOptions } from './defaults.ts';
import { findQuoteRuns, quoteAwareSentences } from './find.ts';
import { parseSentence, SECTION, type QuoteDraft } from './parse.ts';
import { mentionsIn, resolveSpeaker, type Speaker } from './resolve.ts';

export { defaultQuoteOptions, type QuoteOptions } from './defaults.ts';

/** Quotes in one document; speakers linked to `entities` (which hold mentions of every document). */
export function findQuotes(doc: Article, entities: Entity[], options: Partial<QuoteOptions> = {}): Quote[] {
  const opts = { ...defaultQuoteOptions, ...options };
  const kinds = new Set(opts.cueKinds);
  const mentions = mentionsIn(doc.id, entities);
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ documentId: doc.id, start: 0, end: doc.text.length }];
  const drafts: (QuoteDraft & { para: number; long: boolean })[] = [];
  // A place's name before a colon is a dateline ("NEW DELHI: The ministry said …"), not a speaker's turn.
  const places = new Set(entities.filter((e) => e.type === 'place' || e.type === 'country').flatMap((e) => e.mentions.filter((m) => m.documentId === doc.id).map((m) => m.start)));
  paragraphs.forEach((p, para) => {
    const turn = speakerLabel(doc.text, p.start, p.end, places);
    if (turn) {
      drafts.push({ ...turn, para, long: true });
      return;
    }
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
  drafts.push(...mergeContinuations(kept, doc.text));
  const quoted = drafts.filter((d) => d.kind === 'direct').map((d) => ({ start: d.start, end: d.end }));
  const out: Quote[] = [];
  type Said = { speaker: Speaker; speakerSpan: Quote['speakerSpan']; para: number; cue?: QuoteDraft['cue'] };
  let previous: Said | null = null; // the last person, or speaker of a direct quote
  let lastSpoke: Said | null = null; // the last quote with any speaker
  for (const d of drafts) {
    if (d.lead) {
      // Remember who speaks; the quote itself is the next paragraph's.
      const speaker = resolveSpeaker(doc.text, d.source!, mentions, quoted);
      previous = { speaker, speakerSpan: span(doc.id, d.source!.start, d.source!.end), para: d.para, cue: d.cue };
      lastSpoke = previous;
      continue;
    }
    let speaker: Speaker = { entity: null, name: null };
    let speakerSpan: Quote['speakerSpan'] = null;
    if (d.source) {
      speaker = resolveSpeaker(doc.text, d.source, mentions, quoted);
      speakerSpan = span(doc.id, d.source.start, d.source.end);
    } else if ((d.bare || (d.cue && /ing$/.test(d.cue.text))) && lastSpoke && d.para - lastSpoke.para <= opts.continuationParagraphs) {
      // A bare run, or "..., saying ..." with no subject in its sentence, continues the previous speaker: preferably a
      // person or the speaker of a direct quote ("48 percent said ..." seldom speaks on), else whoever spoke last.
      const from = previous && d.para - previous.para <= opts.continuationParagraphs ? previous : lastSpoke;
      ({ speaker, speakerSpan } = from);
      if (d.bare && from.cue && d.para === from.para + 1) d.cue = from.cue;
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
    if (speaker.name) lastSpoke = { speaker, speakerSpan, para: d.para };
    if (speaker.name && (speaker.entity?.type === 'person' || d.kind !== 'indirect')) previous = { speaker, speakerSpan, para: d.para };
  }
  return out;
}

/** Longest attribution between an attributed quote and the bare run that carries it on ("…,” Ramos wrote. “…”), in characters. */
const MAX_CONTINUATION_GAP = 100;

/**
 * "“A,” she said. “B.”": a bare run right after an attributed direct quote in the same paragraph is the rest of that
 * utterance (PolNeAR annotates over 98% of such pairs as one content), so it becomes another piece of the same quote.
 */
function mergeContinuations<D extends QuoteDraft & { para: number }>(drafts: D[], text: string): D[] {
  const out: D[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.bare && d.kind === 'direct' && prev.kind === 'direct' && prev.source && !prev.lead && prev.para === d.para &&
      d.start - prev.end <= MAX_CONTINUATION_GAP && !/[\n\r]/.test(text.slice(prev.end, d.start))) {
      prev.pieces = [...(prev.pieces ?? [{ start: prev.start, end: prev.end }]), { start: d.start, end: d.end }];
      prev.end = d.end;
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * "ROE: Let me ask ...", "JANE ROE: ...", "Marsh: We expect ...", "Okafor: Union Will Strike ...": a paragraph
 * opening with a speaker's name and a colon (a transcript turn, or a headline naming who speaks) quotes that speaker
 * to its end. Section labels ("UPDATE:", "Read more:") and single letters ("Q:") are no speakers.
 */
function speakerLabel(text: string, start: number, end: number, places: ReadonlySet<number>): QuoteDraft | null {
  const m = LABEL.exec(text.slice(start, Math.min(end, start + 60)));
  if (!m) return null;
  const ls = start + m[1]!.length;
  if (places.has(ls)) return null;
  const label = m[2]!;
  const words = label.split(/\s+/);
  const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  if (words.some((w) => SECTION.test(title(w.replace(/[.'’]+$/, ''))))) return null;
  const from = start + m[0].length;
  let to = end;
  while (to > from && /[\s"“”]/.test(text[to - 1]!)) to--;
  // A label with too little after it is a heading ("Transcript:", "Sources:"), not a turn.
  if (text.slice(from, to).split(/\s+/).filter(Boolean).length < 3) return null;
  const colon = ls + label.length;
  return { kind: 'direct', start: from, end: to, cue: { start: colon, end: colon + 1, text: ':' }, source: { start: ls, end: colon, pronoun: false } };
}
/** An opening mark, then one to four capitalised words (a name, "Sen.", "JANE ROE") and a colon. */
const LABEL = /^(\s*["“]?)((?:Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.)?\s?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}):\s+/u;
