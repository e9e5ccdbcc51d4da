/** @module stories/story-record — one story's working state, and its JSON form. */
import type { YearCounts } from './story-years.ts';

/** A member document's words, unit length before idf (idf is applied when compared, so it never goes stale). */
export interface MemberVector {
  arrival: number;
  docId: string;
  terms: [string, number][];
  /** Years the document mentions, strongest first (absent when none): see story-years. */
  years?: string[];
}

/** The view of a story that went dormant, fixed when it left the index. */
export interface FrozenView {
  title: string;
  topTerms: string[];
}

export interface StoryRecord extends YearCounts {
  /** Public id: a hash of the first member's id, so it does not depend on what else was read. */
  id: string;
  /** Creation order: the tie-breaker wherever two stories score alike. */
  seq: number;
  docIds: string[];
  /** Sum of the members' unit vectors (before idf), pruned to the strongest words. */
  centroid: Map<string, number>;
  /** Feature → written form, for the strongest words. */
  surface: Map<string, string>;
  /** First and last trusted day of the members (see story-time). */
  start: number | null;
  end: number | null;
  /** Arrival number of the latest member. */
  lastArrival: number;
  outlets: Map<string, number>;
  /** Distinct member headlines, title candidates. */
  titles: string[];
  /** Member vectors kept for split checks: the first members, then the most recent. */
  members: MemberVector[];
  /** Words under which the story is in the candidate index. */
  keys: string[];
  /** Cached length of the idf-weighted centroid, and the document count it was computed at. */
  norm: number;
  normN: number;
  /** Ids of stories merged into this one. */
  mergedFrom: string[];
  /** A document without usable words: its own story, never a candidate for others. */
  unclustered: boolean;
  /** Set when the story went dormant: it then costs nothing and can no longer be joined. */
  frozen: FrozenView | null;
}

export type StoryRecordJson = Omit<StoryRecord, 'centroid' | 'surface' | 'outlets' | 'years' | 'dated'> & Partial<YearCounts> & {
  centroid: [string, number][];
  surface: [string, string][];
  outlets: [string, number][];
};

export function storyToJson(s: StoryRecord): StoryRecordJson {
  return { ...s, centroid: [...s.centroid], surface: [...s.surface], outlets: [...s.outlets] };
}

export function storyFromJson(j: StoryRecordJson): StoryRecord {
  return { ...j, centroid: new Map(j.centroid), surface: new Map(j.surface), outlets: new Map(j.outlets), years: j.years ?? [], dated: j.dated ?? 0 };
}

export function newStoryRecord(id: string, seq: number): StoryRecord {
  return {
    id, seq, docIds: [], centroid: new Map(), surface: new Map(), start: null, end: null, lastArrival: 0,
    outlets: new Map(), titles: [], members: [], keys: [], norm: 0, normN: 0, mergedFrom: [], unclustered: false, frozen: null,
    years: [], dated: 0,
  };
}
