/**
 * @module write-brief — a short account of one story in which every sentence cites the spans it rests on.
 *
 * Sentences are either extracted from the documents (lightly trimmed) or templated connectives around
 * extracted words ("Two independent sources report: ...", "Only <outlet> reports: ..."), so nothing
 * is said that the cited spans do not say. Order: what happened and what is agreed → what is disputed
 * → what only one source says → how framing differs → what could not be compared.
 */
import type { Article, Story, Extraction, ReuseResult, Comparison, Brief, Span } from '../../core/index.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { inMainLanguage } from '../../lib/main-language.ts';
import { provenanceIndex, countSources } from '../../lib/provenance-index.ts';
import { defaultBriefOptions, type BriefOptions } from './defaults.ts';
import { countWord } from './template-vocabulary.ts';
import {
  type BriefSentence, extractive, agreementSentence, conflictSentence, uniqueSentence, wordingSentence, headlineSentence, voicesSentence,
} from './sentence-builders.ts';

export interface BriefInput {
  story: Story;
  documents: Article[];
  extraction: Extraction;
  reuse: ReuseResult;
  comparison: Comparison;
}

/** The first body sentence of a document, as a span. */
function lede(doc: Article): Span | null {
  for (const p of doc.paragraphs) {
    const s = splitSentences(doc.text, p.start, p.end)[0];
    if (s && s.end - s.start > 20) return { documentId: doc.id, start: s.start, end: s.end };
  }
  return null;
}

/** A story with one independent source: what it says, and that there was nothing to compare. */
function singleSourceBrief(docs: Article[], otherLanguages: number, opts: BriefOptions): BriefSentence[] {
  const ledes = docs.map(lede).filter((s): s is Span => s !== null);
  if (ledes.length === 0) return [];
  const first = ledes[0]!;
  const out = [extractive(docs[0]!.text.slice(first.start, first.end), ledes.slice(0, 5), opts.maxWords)];
  if (docs.length === 1) {
    const text = otherLanguages > 0 ? 'Only one document is in this language, so there was nothing to compare it with.' : 'Only one document covers this story, so there was nothing to compare.';
    out.push({ text, citations: [first] });
  } else {
    const n = countWord(docs.length);
    out.push({ text: `All ${n ? n + ' ' : ''}documents carry copy from one source, which counts as one independent source, so there was nothing to compare.`, citations: ledes.slice(0, 5) });
  }
  return out;
}

/** Which documents carry a unique claim: claims share a sentence only when the same documents carry both. */
const carriers = (u: Comparison['unique'][number]) => [...new Set([u.documentId, ...u.evidence.map((e) => e.documentId)])].sort().join('|');

/**
 * Up to `max` groups of unique claims, each up to `perSentence` claims of one source carried by the
 * same documents; sources take turns, most informative claims first, so no single outlet fills the brief.
 */
function pickUnique(unique: Comparison['unique'], max: number, perSentence: number): Comparison['unique'][] {
  const bySource = new Map<string, Comparison['unique']>();
  for (const u of unique) (bySource.get(u.documentId) ?? bySource.set(u.documentId, []).get(u.documentId)!).push(u);
  const out: Comparison['unique'][] = [];
  while (out.length < max && [...bySource.values()].some((l) => l.length > 0)) {
    for (const l of bySource.values()) {
      if (l.length === 0 || out.length >= max) continue;
      const first = l.shift()!;
      const group = [first];
      for (let i = 0; i < l.length && group.length < perSentence; ) {
        if (carriers(l[i]!) === carriers(first)) group.push(...l.splice(i, 1));
        else i++;
      }
      out.push(group);
    }
  }
  return out;
}

export function writeBrief(input: BriefInput, options: Partial<BriefOptions> = {}): Brief {
  const opts: BriefOptions = { ...defaultBriefOptions, ...options };
  const storyDocs = input.documents.filter((d) => input.story.documentIds.includes(d.id));
  const { compared, other } = inMainLanguage(storyDocs);
  const docs = new Map(storyDocs.map((d) => [d.id, d]));
  const groupOf = provenanceIndex(compared.map((d) => d.id), input.reuse.provenance);
  const c = input.comparison;
  const sentences: (BriefSentence | null)[] = [];

  if (countSources(compared.map((d) => d.id), groupOf) < 2) {
    sentences.push(...singleSourceBrief(compared, other.length, opts));
  } else {
    // Budget: one agreement says what happened; conflicts, unique claims and one framing sentence come
    // next; further agreements only fill what is left.
    const conflicts = c.conflicts.slice(0, opts.maxConflicts).map((x) => conflictSentence(x, docs, opts.maxWords)).filter((x): x is BriefSentence => x !== null);
    const framing = [
      wordingSentence(c.framing, docs),
      headlineSentence(compared, docs),
      voicesSentence(compared, input.extraction.quotes, input.extraction.entities, docs),
    ].filter((x): x is BriefSentence => x !== null).slice(0, opts.maxFraming);
    const fixed = 1 + conflicts.length + framing.length + (other.length > 0 ? 1 : 0);
    const unique = pickUnique(c.unique, Math.min(opts.maxUnique, Math.max(1, opts.maxSentences - fixed)), opts.uniquePerSentence)
      .map((us) => uniqueSentence(us, docs, us.length > 1 ? opts.maxWordsShared : opts.maxWords));
    const agreed = c.agreements.slice(0, Math.max(1, Math.min(opts.maxAgreements, opts.maxSentences - fixed - unique.length + 1)));
    if (agreed.length === 0) {
      const l = compared.map(lede).find((x) => x !== null);
      if (l) sentences.push(extractive(docs.get(l.documentId)!.text.slice(l.start, l.end), [l], opts.maxWords));
    }
    sentences.push(...agreed.map((a) => agreementSentence(a, opts.maxWords)), ...conflicts, ...unique, ...framing);
  }
  if (other.length > 0) {
    const ledes = other.map(lede).filter((s): s is Span => s !== null);
    const n = countWord(other.length) ?? 'several';
    const what = other.length === 1 ? 'One document is' : `${n.charAt(0).toUpperCase() + n.slice(1)} documents are`;
    if (ledes.length) sentences.push({ text: `${what} in another language and could not be compared.`, citations: ledes });
  }
  const kept = sentences.filter((s): s is BriefSentence => s !== null && s.citations.length > 0);
  // The closing note on other languages must survive the cap.
  const cap = kept.length > opts.maxSentences && other.length > 0 ? [...kept.slice(0, opts.maxSentences - 1), kept[kept.length - 1]!] : kept.slice(0, opts.maxSentences);
  return { storyId: input.story.id, sentences: cap };
}
