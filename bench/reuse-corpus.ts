/**
 * @module bench/reuse-corpus — a text-reuse corpus with known truth, built from real articles at run time.
 * Each story: an original (dated, sometimes an agency's own story), 2–3 copies made the way outlets re-run wire
 * copy (near-verbatim duplicates; rewrites with synonym swaps, dropped auxiliaries, changed numbers, moved
 * paragraphs, inserted sentences, trimmed endings; sometimes a rewrite of a rewrite), an article that borrows
 * one background paragraph, and unrelated articles on the same topic as distractors.
 */
import type { Article, Published } from '../src/core/index.ts';
import { changeNumbers, dropAuxiliaries, respell, rng, swapSynonyms } from './reuse-edits.ts';
import { ecbArticles, eightGrams, extractionArticles, type Sentence, type SourceArticle } from './reuse-sources.ts';

/** Multi-source story groups among the extraction pages (page-id prefixes, from ../shared/eval/README.md). */
const EXTRACTION_GROUPS = [['06e5123e', '1ace8c85'], ['776a1c04', '156770d6', '3f65af7b'], ['2c46804d', '51d066b0'], ['6ebac05f', '7a457a4f'], ['686bb170', '14cc2a0c']];
const AGENCIES = ['Reuters', 'Associated Press', 'AFP'];

export type Profile = 'original' | 'duplicate' | 'rewrite' | 'partial' | 'distractor';

export interface ReuseTruth {
  /** Per document: its sentences' spans in text and their origins (equal origin = reused text). */
  sentences: Map<string, { start: number; end: number; origin: string }[]>;
  /** Copy → the document it was made from. */
  parent: Map<string, string>;
  profile: Map<string, Profile>;
  /** Provenance group each document belongs to (the original's id for its copies). */
  group: Map<string, string>;
  story: Map<string, number>;
}

export interface ReuseCorpus { docs: Article[]; truth: ReuseTruth }

interface Draft { id: string; paragraphs: Sentence[][]; outlet: string; wire: string[]; published: Published; title: string }

const day = (base: number, offset: number) => new Date(Date.UTC(2019, 10, 1 + base + offset)).toISOString().slice(0, 10);
const certain = (d: string, confidence = 0.9): Published => ({ date: d, earliest: d, latest: d, confidence, basis: 'generated' });
const unknownDate: Published = { date: null, earliest: null, latest: null, confidence: 0, basis: 'generated: none' };

function toArticle(d: Draft, truth: ReuseTruth): Article {
  let text = `${d.title}\n\n`;
  const titleSpan = { documentId: d.id, start: 0, end: d.title.length };
  const paragraphs: Article['paragraphs'] = [];
  const sentences: { start: number; end: number; origin: string }[] = [];
  for (const p of d.paragraphs) {
    const start = text.length;
    p.forEach((s, k) => {
      if (k > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + s.text.length, origin: s.origin });
      text += s.text;
    });
    paragraphs.push({ documentId: d.id, start, end: text.length });
    text += '\n\n';
  }
  text = text.trimEnd();
  truth.sentences.set(d.id, sentences);
  const body = paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n');
  return {
    id: d.id, path: `${d.id}.txt`, url: null, sourceId: null, text, title: d.title, subtitle: null, byline: null,
    outlet: d.outlet, wire: d.wire, language: 'en', published: d.published, rejectedDates: [], body, boilerplate: [],
    wordCount: (body.match(/[\p{L}\p{N}]+/gu) ?? []).length, titleSpan, paragraphs, format: 'text', meta: {},
  };
}

/** A re-run of `src`: light (a near-duplicate) or a rewrite with structural edits. */
function copyOf(src: Draft, id: string, light: boolean, rand: () => number, filler: Sentence[]): Draft {
  const swap = light ? 0.1 : 0.3 + rand() * 0.5;
  const edit = (s: Sentence): Sentence => {
    let t = swapSynonyms(s.text, rand, swap);
    t = respell(t, rand, 0.3);
    if (!light) t = changeNumbers(dropAuxiliaries(t, rand, 0.5), rand, 0.3);
    return { text: t, origin: s.origin };
  };
  let paragraphs = src.paragraphs.map((p) => p.map(edit));
  if (!light) {
    if (paragraphs.length > 4 && rand() < 0.7) paragraphs = paragraphs.slice(0, Math.ceil(paragraphs.length * (0.6 + rand() * 0.2)));
    if (paragraphs.length > 4 && rand() < 0.3) paragraphs.splice(1 + Math.floor(rand() * (paragraphs.length - 2)), 1);
    if (paragraphs.length > 3 && rand() < 0.5) {
      const i = 1 + Math.floor(rand() * (paragraphs.length - 2));
      [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1]!, paragraphs[i]!];
    }
    const inserts = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < inserts && paragraphs.length; k++) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)]!;
      p.splice(Math.floor(rand() * (p.length + 1)), 0, filler[Math.floor(rand() * filler.length)]!);
    }
  }
  return { ...src, id, paragraphs, title: `${src.title.split(' ').slice(0, 5).join(' ')}, ${id}` };
}

export interface CorpusOptions { stories: number; seed: number }

/** Stories from extraction bodies and ECB+ topics, alternating, until `stories` are made. */
export function makeReuseCorpus(evalDir: string, opts: CorpusOptions): ReuseCorpus {
  const rand = rng(opts.seed);
  const extraction = extractionArticles(evalDir, EXTRACTION_GROUPS).filter((a) => a.paragraphs.length >= 5);
  const ecb = ecbArticles(evalDir).filter((a) => a.paragraphs.length >= 2);
  const ecbTopics = [...new Set(ecb.map((a) => a.topic))];
  const fillerTopics = new Set(ecbTopics.slice(-6)); // never a story: only inserted sentences and borrowers come from here
  // Filler articles share no 8-word run with each other (ECB+ topics hold real wire re-runs), so all reuse is planted.
  const fillerArticles: SourceArticle[] = [];
  const fillerGrams: Set<string>[] = [];
  for (const a of ecb.filter((x) => fillerTopics.has(x.topic))) {
    const g = eightGrams(a);
    if (fillerGrams.some((h) => [...g].some((x) => h.has(x)))) continue;
    fillerGrams.push(g);
    fillerArticles.push(a);
  }
  const filler = fillerArticles.flatMap((a) => a.paragraphs.flat());
  const truth: ReuseTruth = { sentences: new Map(), parent: new Map(), profile: new Map(), group: new Map(), story: new Map() };
  const docs: Article[] = [];
  const storyTopics = ecbTopics.filter((t) => !fillerTopics.has(t));
  const usedX = new Set<string>();
  const usedGrams: Set<string>[] = [];
  let ecbNext = 0;
  let xNext = 0;
  for (let s = 0; s < opts.stories; s++) {
    const fromEcb = s % 2 === 1 && ecbNext < storyTopics.length;
    const pool: SourceArticle[] = fromEcb ? ecb.filter((a) => a.topic === storyTopics[ecbNext]) : [];
    if (fromEcb) ecbNext++;
    let orig: SourceArticle;
    if (fromEcb) orig = [...pool].sort((x, y) => y.paragraphs.flat().length - x.paragraphs.flat().length)[0]!;
    else {
      // An article sharing text with one already used (the same quote in two outlets' stories) would be unlabelled reuse.
      const sharesUsed = (a: SourceArticle) => { const g = eightGrams(a); return usedGrams.some((h) => [...g].some((x) => h.has(x))); };
      while (xNext < extraction.length && (usedX.has(extraction[xNext]!.key) || sharesUsed(extraction[xNext]!))) xNext++;
      if (xNext >= extraction.length) break;
      orig = extraction[xNext++]!;
    }
    usedX.add(orig.key);
    // Distractors: same topic, sharing no 8-word run with anything already in the story.
    const sameTopic = fromEcb ? pool : extraction.filter((a) => a.topic === orig.topic);
    const grams = [eightGrams(orig)];
    usedGrams.push(grams[0]!);
    const distractors: SourceArticle[] = [];
    for (const a of sameTopic) {
      if (a.key === orig.key || distractors.length >= 3) continue;
      const g = eightGrams(a);
      if (grams.some((h) => [...g].some((x) => h.has(x)))) continue;
      grams.push(g);
      usedGrams.push(g);
      distractors.push(a);
      usedX.add(a.key);
    }
    const base = s % 20;
    const agency = rand() < 0.4 ? AGENCIES[Math.floor(rand() * AGENCIES.length)]! : null;
    const origId = `s${s}-orig`;
    const origDraft: Draft = {
      id: origId, paragraphs: orig.paragraphs.map((p) => [...p]), outlet: agency ?? `Outlet ${Math.floor(rand() * 50)}`,
      wire: [], published: certain(day(base, 0)), title: orig.paragraphs[0]![0]!.text.split(' ').slice(0, 9).join(' '),
    };
    const add = (d: Draft, profile: Profile, group: string, parent?: string) => {
      docs.push(toArticle(d, truth));
      truth.profile.set(d.id, profile);
      truth.group.set(d.id, group);
      truth.story.set(d.id, s);
      if (parent) truth.parent.set(d.id, parent);
    };
    add(origDraft, 'original', origId);
    const copies = 2 + Math.floor(rand() * 2);
    let firstRewrite: Draft | null = null;
    for (let c = 0; c < copies; c++) {
      const light = rand() < 0.25;
      const copy = copyOf(origDraft, `s${s}-c${c}`, light, rand, filler);
      copy.outlet = `Outlet ${50 + Math.floor(rand() * 50)}`;
      copy.wire = agency && rand() < 0.8 ? [agency] : [];
      const r = rand();
      copy.published = r < 0.2 ? unknownDate : r < 0.35 ? { ...unknownDate, earliest: day(base, 0), latest: day(base, 3), confidence: 0.3 } : certain(day(base, Math.floor(rand() * 3)), 0.8);
      add(copy, light ? 'duplicate' : 'rewrite', origId, origId);
      if (!light && !firstRewrite) firstRewrite = copy;
    }
    if (firstRewrite && rand() < 0.3) {
      const grand = copyOf(firstRewrite, `s${s}-cc`, false, rand, filler);
      grand.outlet = `Outlet ${100 + Math.floor(rand() * 50)}`;
      grand.published = certain(day(base, 3), 0.8);
      add(grand, 'rewrite', origId, firstRewrite.id);
    }
    // A borrower: its own (unrelated) article with one of the original's middle paragraphs as background.
    const host = fillerArticles[s % fillerArticles.length]!; // each host once, so borrowers share nothing but the borrowed paragraph
    if (s < fillerArticles.length && host.paragraphs.length >= 2 && origDraft.paragraphs.length >= 3) {
      const paragraphs = host.paragraphs.map((p) => [...p]);
      const borrowed = origDraft.paragraphs[1 + Math.floor(rand() * (origDraft.paragraphs.length - 2))]!;
      paragraphs.splice(1 + Math.floor(rand() * (paragraphs.length - 1)), 0, borrowed.map((x) => ({ text: swapSynonyms(x.text, rand, 0.3), origin: x.origin })));
      add({ id: `s${s}-borrow`, paragraphs, outlet: `Outlet ${200 + s}`, wire: [], published: certain(day(base, 5)), title: `${host.key} report` }, 'partial', `s${s}-borrow`);
    }
    distractors.forEach((a, k) => {
      const id = `s${s}-d${k}`;
      const wire = agency && rand() < 0.3 ? [agency] : []; // the same agency credited for a different story
      add({ id, paragraphs: a.paragraphs.map((p) => [...p]), outlet: `Outlet ${300 + k}`, wire, published: certain(day(base, Math.floor(rand() * 3) - 1)), title: `${a.key} story` }, 'distractor', id);
    });
  }
  return { docs, truth };
}
