/**
 * @module cut-off-sentence — a body sentence that stops mid-way: it ends on a dangling function word
 * ("... and the."), on a determiner or complementiser followed by a lone adjective ("... divisions that
 * Western."), or its closing words continue, in another copy of the same text, into more of the sentence.
 */
import type { Article, SourceFlag } from '../../../core/index.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';
import { tokenize, type Token } from '../../../lib/text/tokenize.ts';
import { isFunctionWord } from '../../../lib/text/function-words.ts';
import { mix32, stringHash32 } from '../../../lib/hash/string-hash.ts';

/** Words that cannot end an English statement (not "that", "her", "for": "I knew that.", "We got her."). */
const DANGLING = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'whose', 'from', 'than',
  'its', 'their', 'our', 'your', 'my', 'whether', 'because', 'if', 'although', 'into', 'onto',
]);
/** Words after which a lone capitalised adjective cannot close a sentence ("that Western."). */
const NEEDS_NOUN = new Set(['that', 'which', 'whose', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Adjective endings of demonyms and directions (Western, Chinese, Russian, British). */
const ADJECTIVE_END = /(?:ern|ese|ian|ish|ean|can)$/;
/** This many closing words found mid-sentence in another copy mark a cut (long enough to be copied text). */
const RUN = 8;

interface Sentence { doc: Article; start: number; end: number; tokens: Token[] }

/**
 * The document's sentences: the body's, plus those of passages the cleaner set aside that read as
 * prose (a lede cut off by the scraper is set aside as a repeat, yet it is what the page shows).
 */
function bodySentences(doc: Article): Sentence[] {
  const prose = doc.boilerplate.map((b) => b.span).filter((b) => (doc.text.slice(b.start, b.end).match(/\s+/g) ?? []).length >= 8);
  return [...doc.paragraphs, ...prose].flatMap((p) => splitSentences(doc.text, p.start, p.end)).map((s) => ({
    doc, start: s.start, end: s.end, tokens: tokenize(doc.text.slice(s.start, s.end), s.start),
  }));
}

function danglingReason(s: Sentence): string | null {
  const text = s.doc.text.slice(s.start, s.end);
  // Only plain statements: questions, exclamations and quoted speech may end loosely.
  if (!/[^.]\.$/.test(text) || /["\u201C\u201D]/.test(text) || s.tokens.length < 6) return null;
  const last = s.tokens[s.tokens.length - 1]!;
  const prev = s.tokens[s.tokens.length - 2]!;
  if (DANGLING.has(last.norm) && last.text === last.norm) return `ends on "${last.text}"`;
  if (NEEDS_NOUN.has(prev.norm) && /^\p{Lu}\p{Ll}+$/u.test(last.text) && ADJECTIVE_END.test(last.norm)) return `ends on "${prev.text} ${last.text}", with no noun after the adjective`;
  return null;
}

/**
 * Every run of RUN words inside a sentence that has a word after it, keyed by the run: where a cut sentence may
 * continue. Only runs that some sentence ends with are ever looked up, so a run is keyed (its words joined)
 * only when its hash matches such a tail's: most windows cost a few integer mixes, not a string.
 */
function runIndex(all: readonly Sentence[]): Map<string, { s: Sentence; next: number }[]> {
  const index = new Map<string, { s: Sentence; next: number }[]>();
  const hashes = all.map((s) => s.tokens.map((t) => stringHash32(t.norm)));
  const windowHash = (hs: readonly number[], from: number) => { let h = RUN; for (let t = from; t < from + RUN; t++) h = mix32(h, hs[t]!); return h; };
  const tails = new Set<number>();
  for (const hs of hashes) if (hs.length >= RUN) tails.add(windowHash(hs, hs.length - RUN));
  all.forEach((s, n) => {
    const hs = hashes[n]!;
    for (let i = 0; i + RUN < hs.length; i++) {
      if (!tails.has(windowHash(hs, i))) continue;
      const key = s.tokens.slice(i, i + RUN).map((t) => t.norm).join(' ');
      (index.get(key) ?? index.set(key, []).get(key)!).push({ s, next: i + RUN });
    }
  });
  return index;
}

/** Whether the sentence's closing words run on, inside another sentence, into a content word. */
function continuesElsewhere(s: Sentence, index: ReadonlyMap<string, { s: Sentence; next: number }[]>): Sentence | null {
  if (s.tokens.length < RUN) return null;
  const tail = s.tokens.slice(-RUN).map((t) => t.norm).join(' ');
  for (const { s: o, next } of index.get(tail) ?? []) {
    if (o === s) continue;
    const word = o.tokens[next]!;
    const between = o.doc.text.slice(o.tokens[next - 1]!.end, word.start);
    if (/^\s+$/.test(between) && !isFunctionWord(word.norm) && word.text === word.norm) return o;
  }
  return null;
}

/** Cut-off sentences across a story's documents (other documents help: a full copy shows where a cut one stops). */
export function findCutOffSentences(docs: readonly Article[]): SourceFlag[] {
  const all = docs.flatMap(bodySentences);
  const index = runIndex(all);
  const out: SourceFlag[] = [];
  for (const s of all) {
    const span = { documentId: s.doc.id, start: s.start, end: s.end };
    const reason = danglingReason(s);
    const fuller = reason ? null : continuesElsewhere(s, index);
    if (!reason && !fuller) continue;
    out.push({
      kind: 'cut-off-sentence',
      message: reason ? `Sentence stops mid-way: it ${reason}.` : 'Sentence stops mid-way: its closing words continue in a fuller copy of the same sentence.',
      evidence: fuller ? [span, { documentId: fuller.doc.id, start: fuller.start, end: fuller.end }] : [span],
    });
  }
  return out;
}
