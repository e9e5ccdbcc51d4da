/**
 * @module run — the pipeline recipe. It only sequences stages; the algorithms live in them.
 *
 * Workflow:
 *  1. ingest  — files, folders, records → RawArticle[] (+ problems)
 *  2. clean   — each RawArticle → Article (text, metadata, date); content ids drop exact copies
 *  3. stories — documents streamed into stories
 *  4. per story:
 *     a. reuse    — aligned passages, near-duplicates, provenance groups
 *     b. extract  — entities, quotes, numbers, times, events (and refined publication dates)
 *     c. compare  — agreements, conflicts, unique claims, framing, source flags
 *     d. brief    — cited sentences
 *  5. assemble the report and validate it against the contract
 */
import type { Article, Problem, RawArticle, Report, Story } from '../core/index.ts';
import type { Fetcher } from '../core/ports/fetcher.ts';
import { ingestPaths } from '../stages/ingest/index.ts';
import { clean } from '../stages/clean/index.ts';
import { createStoryClusterer, storySpan } from '../stages/stories/index.ts';
import { findReuse } from '../stages/reuse/index.ts';
import { extract } from '../stages/extract/index.ts';
import { compare } from '../stages/compare/index.ts';
import { writeBrief } from '../stages/brief/index.ts';
import { assembleReport, type StoryResult } from './assemble-report.ts';
import { validateReport } from './validate-report.ts';
import { analysisSample, ANALYSIS_MAX_DOCUMENTS } from './analysis-sample.ts';

export interface RunOptions {
  /** The moment of analysis (passed to stages that need a clock). */
  now: Date;
  /** Stored clusterer state, so new documents join earlier stories. */
  clusterState?: unknown;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Downloads URL inputs (SSRF-safe); without one, a URL input becomes a problem. */
  fetcher?: Fetcher | null;
  /** Documents analysed per story at most (a sample past it, see analysis-sample); 0: no bound. */
  maxAnalysedDocuments?: number;
}

export interface RunResult {
  report: Report;
  /** Clusterer state after this run, to be stored. */
  clusterState: unknown;
  /** Inputs that were exact copies of another input (same content id). */
  duplicateInputs: { path: string; sameAs: string }[];
}

/** Clean raw records, dropping exact copies (same content id); bad records become problems. */
export function cleanAll(records: RawArticle[], now: Date, problems: Problem[], onProgress?: RunOptions['onProgress']) {
  const byId = new Map<string, Article>();
  const duplicateInputs: RunResult['duplicateInputs'] = [];
  records.forEach((raw, i) => {
    try {
      const doc = clean(raw, { now });
      const first = byId.get(doc.id);
      if (first) duplicateInputs.push({ path: doc.path, sameAs: first.path });
      else byId.set(doc.id, doc);
    } catch (err) {
      problems.push({ path: raw.path, error: err instanceof Error ? err.message : String(err) });
    }
    onProgress?.('clean', i + 1, records.length);
  });
  return { documents: [...byId.values()], duplicateInputs };
}

/** Step 4 for one story: reuse, extract, compare, brief. Refined publication dates are written back to the documents and the story's span. */
export function analyzeStory(clustered: Story, docs: Article[]): StoryResult {
  const reuse = findReuse(docs);
  const extraction = extract(docs);
  for (const doc of docs) {
    const refined = extraction.publishedRefinements[doc.id];
    if (refined) doc.published = refined;
  }
  // The clusterer dated the story before extraction narrowed undated members; date it again.
  const story = { ...clustered, ...storySpan(docs) };
  const { comparison, sourceFlags } = compare({ story, documents: docs, extraction, reuse });
  const brief = writeBrief({ story, documents: docs, extraction, reuse, comparison });
  return { story, extraction, reuse, comparison, sourceFlags, brief };
}

/**
 * One story analysed for the store: its validated report, and the story row to keep beside it
 * (its span re-dated and its independent-source count).
 */
export function storyReport(story: Story, docs: Article[], now: Date, maxDocuments = ANALYSIS_MAX_DOCUMENTS): { story: Story & { independentSources: number }; report: Report } {
  const sampled = analysisSample(story, docs, maxDocuments);
  const result = analyzeStory(sampled.story, sampled.docs);
  const analysed = { ...result.story, independentSources: result.reuse.provenance.groups.length };
  const report = validateReport(assembleReport(sampled.docs, [], [{ ...result, story: analysed }], now));
  // The sample belongs to this report, not to the story's row (its membership).
  const { sample: _sample, ...row } = analysed;
  return { story: row, report };
}

/** Steps 3–5 over cleaned documents. */
export function analyzeDocuments(documents: Article[], problems: Problem[], opts: RunOptions): Omit<RunResult, 'duplicateInputs'> {
  const clusterer = createStoryClusterer(opts.clusterState);
  for (const doc of documents) clusterer.add(doc);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const stories = clusterer.stories().filter((s) => s.documentIds.some((id) => byId.has(id)));
  const results = stories.map((story, i) => {
    const sampled = analysisSample(story, story.documentIds.flatMap((id) => byId.get(id) ?? []), opts.maxAnalysedDocuments);
    const result = analyzeStory(sampled.story, sampled.docs);
    opts.onProgress?.('analyse', i + 1, stories.length);
    return result;
  });
  const report = validateReport(assembleReport(documents, problems, results, opts.now));
  return { report, clusterState: clusterer.state() };
}

/** Records in, validated report out. */
export function analyzeRecords(records: RawArticle[], problems: Problem[], opts: RunOptions): RunResult {
  const { documents, duplicateInputs } = cleanAll(records, opts.now, problems, opts.onProgress);
  return { ...analyzeDocuments(documents, problems, opts), duplicateInputs };
}

/** Paths in (files or folders), validated report out. */
export async function analyzePaths(paths: string[], opts: RunOptions): Promise<RunResult> {
  const { records, problems } = await ingestPaths(paths, { fetcher: opts.fetcher ?? null });
  return analyzeRecords(records, problems, opts);
}
