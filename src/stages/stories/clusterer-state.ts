/** @module stories/clusterer-state — the clusterer's JSON state: everything later decisions depend on, nothing more. */
import { TermStats, type TermStatsState } from './term-stats.ts';
import { storyFromJson, storyToJson, type StoryRecord, type StoryRecordJson } from './story-record.ts';

/** One maintenance step: `from` merged into `into`, or members of `from` split off as `into`. */
export interface MaintenanceRecord {
  kind: 'merge' | 'split';
  from: string;
  into: string;
  /** Arrival count when it happened. */
  arrival: number;
  /** Centroid cosine that triggered it. */
  similarity: number;
}

export interface ClustererState {
  schema: 'synoptic.stories-state/1';
  arrivals: number;
  nextSeq: number;
  terms: TermStatsState;
  clock: number[];
  stories: StoryRecordJson[];
  maintenance: MaintenanceRecord[];
  /** Merged story id → the id it was merged into. */
  alias: [string, string][];
  /** Stories awaiting their second look: [story seq, due arrival], in due order. */
  pending?: [number, number][];
}

export interface LiveState {
  arrivals: number;
  nextSeq: number;
  stats: TermStats;
  clock: number[];
  stories: StoryRecord[];
  log: MaintenanceRecord[];
  alias: [string, string][];
  pending: [number, number][];
}

export function writeState(s: LiveState): ClustererState {
  return {
    schema: 'synoptic.stories-state/1', arrivals: s.arrivals, nextSeq: s.nextSeq, terms: s.stats.toState(), clock: s.clock,
    stories: s.stories.map(storyToJson), maintenance: [...s.log], alias: s.alias,
    pending: s.pending.map(([a, b]) => [a, b]),
  };
}

/** Read a state written by `writeState` (a JSON round trip is fine); null or anything else starts empty. */
export function readState(raw: unknown, priorDocs: number): LiveState {
  const s = raw as Partial<ClustererState> | null;
  if (!s || s.schema !== 'synoptic.stories-state/1') {
    return { arrivals: 0, nextSeq: 0, stats: new TermStats(priorDocs), clock: [], stories: [], log: [], alias: [], pending: [] };
  }
  return {
    arrivals: s.arrivals ?? 0, nextSeq: s.nextSeq ?? 0, stats: TermStats.fromState(s.terms ?? { n: 0, df: [] }, priorDocs),
    clock: [...(s.clock ?? [])], stories: (s.stories ?? []).map(storyFromJson), log: [...(s.maintenance ?? [])], alias: [...(s.alias ?? [])],
    pending: (s.pending ?? []).map(([a, b]) => [a, b]),
  };
}
