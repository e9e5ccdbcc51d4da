/** @module time/spec — what a time expression says, before it is resolved against a date. */
import type { Unit } from './lexicon.ts';

/** Calendar granularity of a resolved value. */
export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

export type Spec =
  /** An explicit calendar date; a missing year is taken from the anchor (nearest, by tense), or shifted from its year by `yearRel` ("August last year"); grain `week` is the week holding the day ("the week of May 9"). */
  | { k: 'date'; year: number | null; month: number | null; day: number | null; grain: Grain; clock?: Clock; rel?: number; part?: Part; yearRel?: number }
  /** Decade or century written out: "the 1990s" (199), "the 19th century" (18). */
  | { k: 'era'; value: string; first: number; last: number; grain: 'decade' | 'century' }
  /** The anchor's unit shifted by n: "yesterday" (day,-1), "this year" (year,0), "next week" (week,+1). */
  | { k: 'rel'; grain: Grain; n: number; part?: Part; pod?: string }
  /** A weekday resolved by tense ("on Thursday"), forced by last/next/this, or past as a possessive ("Thursday's vote"). */
  | { k: 'weekday'; dow: number; shift: 'auto' | 'last' | 'next' | 'this' | 'past'; pod?: string; clock?: Clock }
  /** "over the weekend": the weekend nearest the anchor in the direction of the tense. */
  | { k: 'weekend' }
  /** n units before/after the anchor ("two years ago") or the last mentioned date ("two weeks later"). */
  | { k: 'offset'; n: number; unit: Unit; sign: -1 | 1; from: 'anchor' | 'reference' }
  /** A quarter, half or season: q 1–4 (half 1–2, season code); year explicit, relative (rel), or by tense. Index 0 is "the quarter" in focus (`latest`: the last completed; `here`: "this quarter", the one in focus or else the current one). */
  | { k: 'period'; grain: 'quarter' | 'half' | 'season'; index: number | string; year: number | null; rel: number | null; latest?: boolean; here?: boolean }
  /** A part of a day: "this morning", "Wednesday night" are weekday/rel specs with pod; this is the bare clock. */
  | { k: 'clock'; clock: Clock }
  /** PRESENT_REF, PAST_REF, FUTURE_REF. */
  | { k: 'ref'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /** A length of time; `cover` when it reaches back (past) or forward (next) from the anchor. */
  | { k: 'duration'; n: number | null; unit: Unit; cover: 'past' | 'next' | null }
  /** A recurrence: "daily" P1D, "every week" P1W. */
  | { k: 'set'; value: string }
  /** A holiday by rule: fixed [month, day] or [month, weekday, nth]. */
  | { k: 'holiday'; rule: [number, number] | [number, number, number]; year: number | null };

export interface Clock { hour: number; minute: number; pod?: string }

/** Which part of a period: early/mid/late thirds, or before/after the anchor ("earlier this week"). */
export type Part = 'early' | 'mid' | 'late' | 'before' | 'after';
