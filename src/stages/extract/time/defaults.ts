/** @module time/defaults — tunables of time-expression finding and resolution. */

export interface TimeOptions {
  /** A publication interval up to this many days long is resolved day by day (each day a possible anchor); longer ones only at its ends. Two months keeps weekday sets exact for "sometime last month" dates. */
  maxAnchorDays: number;
  /** Expressions whose text is longer than this are dropped as runaway matches (TempEval-3 longest gold extent is 43 chars). */
  maxLength: number;
}

export const defaultTimeOptions: TimeOptions = {
  maxAnchorDays: 62,
  maxLength: 60,
};
