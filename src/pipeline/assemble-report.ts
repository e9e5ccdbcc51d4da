/** @module assemble-report — gather per-story results into one report (the contract's shape). */
import { REPORT_SCHEMA_ID, type Article, type Problem, type Report, type Story } from '../core/index.ts';
import type { Extraction, ReuseResult, Brief, Comparison, SourceFlag } from '../core/index.ts';

export interface StoryResult {
  story: Story;
  extraction: Extraction;
  reuse: ReuseResult;
  comparison: Comparison;
  sourceFlags: SourceFlag[];
  brief: Brief;
}

export function assembleReport(documents: Article[], problems: Problem[], results: StoryResult[], now: Date): Report {
  const all = <T>(pick: (r: StoryResult) => T[]) => results.flatMap(pick);
  const withStory = <T extends object>(storyId: string, xs: T[]) => xs.map((x) => ({ storyId, ...x }));
  return {
    schema: REPORT_SCHEMA_ID,
    generatedAt: now.toISOString(),
    problems,
    documents,
    stories: results.map((r) => r.story),
    entities: all((r) => r.extraction.entities),
    quotes: all((r) => r.extraction.quotes),
    numbers: all((r) => r.extraction.numbers),
    times: all((r) => r.extraction.times),
    events: all((r) => r.extraction.events),
    reuse: all((r) => r.reuse.passages),
    provenance: {
      groups: all((r) => r.reuse.provenance.groups),
      duplicates: all((r) => r.reuse.provenance.duplicates),
    },
    comparison: {
      agreements: all((r) => withStory(r.story.id, r.comparison.agreements)),
      conflicts: all((r) => withStory(r.story.id, r.comparison.conflicts)),
      unique: all((r) => withStory(r.story.id, r.comparison.unique)),
      framing: all((r) => withStory(r.story.id, r.comparison.framing)),
    },
    sourceFlags: all((r) => withStory(r.story.id, r.sourceFlags)),
    briefs: results.map((r) => r.brief),
  };
}
