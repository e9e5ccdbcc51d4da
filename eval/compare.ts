/**
 * @module eval/compare — `npm run eval:compare`: cross-source comparison and the cited brief, measured.
 *
 * Data: the multi-source groups among the extraction pages (../shared/eval/extraction), annotated by
 * hand as offsets in test/gold/compare/extraction-groups.json, plus realistic sets written for this
 * project (test/fixtures/compare/: wire copy re-run with a changed word, a quote given to two people).
 * Each group goes through the real pipeline (analyzeRecords: clean → stories → reuse → extract →
 * compare → brief). Figures: precision and recall of agreements, conflicts, unique claims and shared
 * quotes; share of brief sentences fully supported by their citations; share of gold conflicts and
 * unique facts the brief cites. `ownOracle` runs the own sets with a hand-made extraction (what a
 * complete extract stage would give), to separate compare's own errors from upstream ones.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawArticle, Article, Report, Story, Comparison, Brief, SourceFlag } from '../src/core/index.ts';
import { compare } from '../src/stages/compare/index.ts';
import { writeBrief } from '../src/stages/brief/index.ts';
import { ferryStory, rateStory } from '../test/fixtures/compare/fixture-stories.ts';
import { analyzeRecords, analyzeStory } from '../src/pipeline/run.ts';
import { checkBrief } from '../src/stages/brief/index.ts';
import { evalSet } from './lib/eval-dir.ts';
import { type GoldStory, type Tally, emptyTally, precision, recall, scoreMulti, scoreUnique, scoreFlags, briefCoverage } from './compare-score.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = new Date('2026-01-01T00:00:00Z');

interface Case { name: string; records: RawArticle[]; gold: (docOf: (key: string) => Article) => GoldStory }

function raw(key: string, text: string, extra: Partial<RawArticle> = {}): RawArticle {
  return { path: `${key}.txt`, format: 'text', sourceId: key, url: null, title: null, text, html: null, published: null, outlet: null, meta: {}, ...extra };
}

/** The extraction-page groups: gold offsets are into each page's articleBody, which is the record's text. */
function extractionCases(dir: string): Case[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const gold = JSON.parse(readFileSync(join(root, 'test/gold/compare/extraction-groups.json'), 'utf8'));
  return gold.stories.map((s: any): Case => ({
    name: s.id,
    records: s.pages.map((p: string) => raw(p, truth[p]!.articleBody, { url: truth[p]!.url })),
    gold: (docOf) => {
      const sp = (g: { page: string; start: number; end: number }) => ({ documentId: docOf(g.page).id, start: g.start, end: g.end });
      return {
        id: s.id,
        agreements: s.agreements.map((a: any) => ({ label: a.label, spans: a.spans.map(sp) })),
        conflicts: s.conflicts.map((c: any) => ({ label: c.label, spans: c.sides.map(sp) })),
        unique: s.unique.map((u: any) => ({ label: u.label, span: sp(u.span) })),
        sharedQuotes: s.sharedQuotes.map((q: any) => ({ label: q.label, spans: q.spans.map(sp) })),
      };
    },
  }));
}

/** The project's own sets: gold given as phrases of the fixture text. */
function fixtureCases(): Case[] {
  const dir = join(root, 'test/fixtures/compare');
  return readdirSync(dir).filter((n) => existsSync(join(dir, n, 'expected.json'))).map((slug): Case => {
    const input = JSON.parse(readFileSync(join(dir, slug, 'input.json'), 'utf8'));
    const exp = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8'));
    const keys = input.documents.map((_: unknown, i: number) => `${slug}-${i}`);
    return {
      name: slug,
      records: input.documents.map((d: any, i: number) => raw(keys[i], d.text, { url: d.url, outlet: d.outlet, published: d.published })),
      gold: (docOf) => goldFromPhrases(exp, (i) => docOf(keys[i])),
    };
  });
}

/** Gold stated as phrases of the fixture's own documents, turned into spans. */
function goldFromPhrases(exp: any, docAt: (i: number) => Article): GoldStory {
  const sp = (g: { doc: number; quote: string }) => {
    const doc = docAt(g.doc);
    const at = doc.text.indexOf(g.quote);
    if (at < 0) throw new Error(`"${g.quote}" not in document ${g.doc}`);
    return { documentId: doc.id, start: at, end: at + g.quote.length };
  };
  return {
    id: 'fixture',
    agreements: exp.agreements.map((a: any) => ({ label: a.label, spans: a.spans.map(sp) })),
    conflicts: exp.conflicts.map((c: any) => ({ label: c.label, spans: c.sides.map(sp) })),
    unique: exp.unique.map((u: any) => ({ label: u.label, span: sp(u.span) })),
    sharedQuotes: exp.sharedQuotes.map((q: any) => ({ label: q.label, spans: q.spans.map(sp) })),
    flags: exp.flags.map((f: any) => ({ kind: f.kind, span: sp(f) })),
  };
}

interface Totals { agreements: Tally; conflicts: Tally; unique: Tally; quotes: Tally; flags: Tally; sentences: number; supported: number; mentioned: number; facts: number; split: number }
const totals = (): Totals => ({ agreements: emptyTally(), conflicts: emptyTally(), unique: emptyTally(), quotes: emptyTally(), flags: emptyTally(), sentences: 0, supported: 0, mentioned: 0, facts: 0, split: 0 });

/** Run one case through the pipeline; when the clusterer splits the group, compare it as one story anyway. */
function runCase(c: Case, t: Totals): void {
  const { report } = analyzeRecords(c.records, [], { now: NOW });
  const docOf = (key: string) => report.documents.find((d) => d.sourceId === key)!;
  const ids = c.records.map((r) => docOf(r.sourceId!).id);
  let story: Story | undefined = report.stories.find((s) => ids.every((id) => s.documentIds.includes(id)));
  let comparison = report.comparison, brief = report.briefs.find((b) => b.storyId === story?.id), flags = report.sourceFlags;
  if (!story) {
    t.split++;
    story = { id: 'forced-' + c.name, title: c.name, documentIds: ids, start: null, end: null, outlets: [], topTerms: [] };
    const r = analyzeStory(story, ids.map((id) => report.documents.find((d) => d.id === id)!) as Report['documents']);
    comparison = r.comparison; brief = r.brief; flags = r.sourceFlags;
  }
  scoreResult(c.name, story.id, comparison, brief, flags, report.documents, c.gold(docOf), t);
}

/** Score one story's comparison, flags and brief against its gold. */
function scoreResult(name: string, storyId: string, comparison: Comparison, brief: Brief | undefined, flags: SourceFlag[], documents: Article[], g: GoldStory, t: Totals): void {
  const mine = <T extends { storyId?: string }>(xs: T[]) => xs.filter((x) => !x.storyId || x.storyId === storyId);
  const agreements = mine(comparison.agreements);
  scoreMulti(agreements.map((a) => a.evidence), g.agreements, t.agreements);
  scoreMulti(mine(comparison.conflicts).map((x) => x.values.flatMap((v) => v.evidence)), g.conflicts, t.conflicts);
  scoreUnique(mine(comparison.unique), g, t.unique);
  const quoteLike = [...agreements.filter((a) => /["\u201C\u201D]/.test(a.claim)).map((a) => a.evidence), ...mine(comparison.conflicts).filter((x) => /quote|who said/.test(x.topic)).map((x) => x.values.flatMap((v) => v.evidence))];
  scoreMulti(quoteLike, g.sharedQuotes, t.quotes);
  if (g.flags) scoreFlags(mine(flags), g.flags, t.flags);
  if (brief) {
    const checks = checkBrief(brief, documents);
    t.sentences += checks.length;
    t.supported += checks.filter((x) => x.citationsValid && x.unsupported.length === 0).length;
    for (const x of checks) if (x.unsupported.length) console.error(`  unsupported in ${name}: ${x.unsupported.join(', ')} | ${x.text.slice(0, 100)}`);
  }
  const cov = brief ? briefCoverage(brief, g) : { mentioned: 0, total: g.conflicts.length + g.unique.length };
  t.mentioned += cov.mentioned;
  t.facts += cov.total;
}

/** The own sets with the extraction a complete extract stage would give (stated by hand): compare and brief alone. */
function runOracle(t: Totals): void {
  for (const f of [ferryStory(), rateStory()]) {
    const { comparison, sourceFlags } = compare({ story: f.story, documents: f.documents, extraction: f.extraction, reuse: f.reuse });
    const brief = writeBrief({ story: f.story, documents: f.documents, extraction: f.extraction, reuse: f.reuse, comparison });
    const gold = goldFromPhrases(f.expected, (i) => f.documents[i]!);
    scoreResult('oracle', f.story.id, comparison, brief, sourceFlags, f.documents, gold, t);
  }
}

function figures(prefix: string, t: Totals): Record<string, number> {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const out: Record<string, number> = {};
  for (const k of ['agreements', 'conflicts', 'unique', 'quotes', 'flags'] as const) {
    if (t[k].gold === 0 && t[k].predicted === 0) continue;
    out[`${prefix}.${k}.precision`] = r3(precision(t[k]));
    out[`${prefix}.${k}.recall`] = r3(recall(t[k]));
  }
  out[`${prefix}.brief.supported`] = r3(t.sentences ? t.supported / t.sentences : 0);
  out[`${prefix}.brief.coverage`] = r3(t.facts ? t.mentioned / t.facts : 0);
  out[`${prefix}.brief.sentences`] = t.sentences;
  out[`${prefix}.storiesSplit`] = t.split;
  return out;
}

export async function evaluate(opts: { quick?: boolean } = {}): Promise<Record<string, number> | null> {
  void opts; // the whole set is small: quick and full runs are the same
  const dir = evalSet('extraction');
  if (!dir) return null;
  const real = totals(), own = totals(), oracle = totals();
  for (const c of extractionCases(dir)) runCase(c, real);
  for (const c of fixtureCases()) runCase(c, own);
  runOracle(oracle);
  return { ...figures('groups', real), ...figures('own', own), ...figures('ownOracle', oracle) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await evaluate({ quick: process.argv.includes('--quick') });
  if (f) console.table(Object.entries(f).map(([figure, value]) => ({ figure, value })));
}
