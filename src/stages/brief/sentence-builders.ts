/** @module sentence-builders — the brief's sentence kinds: each takes comparison findings and returns a cited sentence. */
import type { Article, Brief, Comparison, Span, Quote, Entity } from '../../core/index.ts';
import { sourceName } from '../../lib/source-name.ts';
import { countWord } from './template-vocabulary.ts';
import { trimSentence, asStatement } from './trim-sentence.ts';
import { isFunctionWord } from '../../lib/text/function-words.ts';

export type BriefSentence = Brief['sentences'][number];
type Docs = ReadonlyMap<string, Article>;

const textOf = (docs: Docs, s: Span) => docs.get(s.documentId)!.text.slice(s.start, s.end);
const label = (docs: Docs, id: string) => sourceName(docs.get(id)!);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An extracted sentence, lightly trimmed, citing every span that carries it. */
export function extractive(text: string, citations: Span[], maxWords: number): BriefSentence {
  return { text: asStatement(trimSentence(text, maxWords)), citations };
}

/** "Two independent sources report: <claim>." */
export function agreementSentence(a: Comparison['agreements'][number], maxWords: number): BriefSentence {
  const n = countWord(a.independentSources) ?? 'several';
  return { text: `${capital(n)} independent sources report: ${asStatement(trimSentence(a.claim, maxWords))}`, citations: a.evidence };
}

/** "Sources differ: <outlet> reports "<side>", while <outlet> reports "<side>"." (two sides shown). */
export function conflictSentence(c: Comparison['conflicts'][number], docs: Docs, maxWords: number): BriefSentence | null {
  const sides = c.values.slice(0, 2);
  if (sides.length < 2 || sides.some((v) => v.evidence.length === 0)) return null;
  const who = c.topic.startsWith('who said');
  const parts = sides.map((v) => {
    const out = label(docs, v.evidence[0]!.documentId);
    if (who) return `${out} attributes it to ${v.evidence[1] ? textOf(docs, v.evidence[1]) : v.value}`;
    const shown = c.topic.startsWith('wording') ? v.value : trimSentence(textOf(docs, v.evidence[v.evidence.length - 1]!), Math.min(maxWords, 25)).replace(/[.!?]$/, '');
    return `${out} reports "${shown}"`;
  });
  const quote = who ? ` on who said "${trimSentence(textOf(docs, sides[0]!.evidence[0]!), 10).replace(/[.!?]$/, '')}"` : '';
  if (c.topic.startsWith('wording')) {
    const has = sides.map((v) => `${label(docs, v.evidence[0]!.documentId)} has "${v.value.replace(/[.,;:]$/, '')}"`);
    return { text: `Sources word a quote differently: ${has[0]}, while ${has[1]}.`, citations: sides.flatMap((v) => v.evidence) };
  }
  return { text: `Sources differ${quote}: ${parts[0]}, while ${parts[1]}.`, citations: sides.flatMap((v) => v.evidence) };
}

/**
 * A claim that continues a sentence after "; and": its first word lower-cased unless it is a name —
 * written with inner capitals ("NBC", "WeWork"), capitalised inside a sentence of its document, or
 * followed by another capitalised word ("Keck Observatory").
 */
function continuing(text: string, doc: Article | undefined): string {
  const first = /^[\p{L}']+/u.exec(text)?.[0] ?? '';
  const lower = first.toLowerCase();
  if (!first || first === lower || /\p{Lu}/u.test(first.slice(1))) return text;
  // Capitalised inside a sentence, or leading a run of capitalised words ("Keck Observatory"): a name.
  const named = !isFunctionWord(lower) && doc !== undefined && (new RegExp(`[^\\s.!?"\u201C\u2014:;]\\s+${first}(?![\\p{L}])`, 'u').test(doc.text) || new RegExp(`${first}\\s+\\p{Lu}`, 'u').test(text));
  return named ? text : lower + text.slice(first.length);
}

/** A claim that a "; and" follows: without its closing full stop (kept inside a closing quotation mark's place). */
const open = (t: string) => t.replace(/[.!](["'\u201D\u2019]?)$/, '$1');

/**
 * "Only <outlet> reports: <claim>." — or, when copies of one source carry it, "Only one source, carried
 * by A and B, reports: ...". Several claims of one source share the sentence: "…: <claim>; and <claim>."
 */
export function uniqueSentence(us: readonly Comparison['unique'][number][], docs: Docs, maxWords: number): BriefSentence {
  const outlets = [...new Set(us.flatMap((u) => [u.documentId, ...u.evidence.map((e) => e.documentId)]).map((id) => label(docs, id)))];
  const who = outlets.length === 1 ? outlets[0]! : `one source, carried by ${outlets.slice(0, -1).join(', ')} and ${outlets[outlets.length - 1]},`;
  const claims = us.map((u, i) => {
    const t = trimSentence(u.claim, maxWords);
    return i === 0 ? t : continuing(t, docs.get(u.documentId));
  });
  const joined = claims.map((t, i) => (i < claims.length - 1 ? open(t) : asStatement(t))).join('; and ');
  return { text: `Only ${who} reports: ${joined}`, citations: us.flatMap((u) => u.evidence) };
}

/**
 * Wording edits in shared copy between the pair of outlets with the most of them, up to `max`:
 * "In shared copy, where A writes "x", B writes "y"; where A writes "x2", B writes "y2"."
 */
export function wordingSentence(framing: readonly Comparison['framing'][number][], docs: Docs, max = 3): BriefSentence | null {
  const edits = framing.filter((f) => f.concept.startsWith('wording in shared copy') && f.variants[0]?.evidence[0] && f.variants[1]?.evidence[0]);
  if (edits.length === 0) return null;
  const pair = (f: Comparison['framing'][number]) => `${f.variants[0]!.evidence[0]!.documentId}|${f.variants[1]!.evidence[0]!.documentId}`;
  const counts = new Map<string, number>();
  for (const f of edits) counts.set(pair(f), (counts.get(pair(f)) ?? 0) + 1);
  const first = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
  const chosen = edits.filter((f) => pair(f) === first).slice(0, max);
  const [ida, idb] = first.split('|') as [string, string];
  const parts = chosen.map((f) => `where ${label(docs, ida)} writes "${textOf(docs, f.variants[0]!.evidence[0]!)}", ${label(docs, idb)} writes "${textOf(docs, f.variants[1]!.evidence[0]!)}"`);
  return { text: `In shared copy, ${parts.join('; ')}.`, citations: chosen.flatMap((f) => [f.variants[0]!.evidence[0]!, f.variants[1]!.evidence[0]!]) };
}

/** How the headlines lead: "Headlines differ: <outlet> leads with "<title>", <outlet> with "<title>"." */
export function headlineSentence(docList: readonly Article[], docs: Docs): BriefSentence | null {
  const titled = docList.filter((d) => d.titleSpan).slice(0, 3);
  if (titled.length < 2) return null;
  const parts = titled.map((d) => `${label(docs, d.id)} leads with "${textOf(docs, d.titleSpan!)}"`);
  return { text: `Headlines differ: ${parts.join('; ')}.`, citations: titled.map((d) => d.titleSpan!) };
}

/** A speaker span that names a person or organisation the extraction resolved (not "he", "a report"). */
function namedSpeaker(q: Quote, entities: ReadonlyMap<string, Entity>, docs: Docs): boolean {
  const e = q.speakerId ? entities.get(q.speakerId) : undefined;
  if (!e || !q.speakerSpan || (e.type !== 'person' && e.type !== 'organization')) return false;
  const said = textOf(docs, q.speakerSpan).toLowerCase();
  return [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).some((w) => w.length > 2 && said.includes(w)));
}

/** Whose voices each outlet quotes, by the names as written: "<outlet> quotes A and B; <outlet> quotes C." */
export function voicesSentence(docList: readonly Article[], quotes: readonly Quote[], entityList: readonly Entity[], docs: Docs): BriefSentence | null {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const parts: string[] = [];
  const citations: Span[] = [];
  for (const d of docList) {
    const seen = new Map<string, Span>();
    for (const q of quotes) {
      if (q.span.documentId !== d.id || q.kind === 'indirect' || !namedSpeaker(q, entities, docs)) continue;
      const name = textOf(docs, q.speakerSpan!);
      if (/^\p{Lu}/u.test(name) && !seen.has(name.toLowerCase()) && ![...seen.keys()].some((k) => k.includes(name.toLowerCase()) || name.toLowerCase().includes(k))) seen.set(name.toLowerCase(), q.speakerSpan!);
    }
    if (seen.size === 0) continue;
    const names = [...seen.values()].slice(0, 3);
    citations.push(...names);
    parts.push(`${label(docs, d.id)} quotes ${names.map((s) => textOf(docs, s)).join(', ')}`);
  }
  if (parts.length < 2) return null;
  return { text: capital(parts.slice(0, 3).join('; ')) + '.', citations };
}
