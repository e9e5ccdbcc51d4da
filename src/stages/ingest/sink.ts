/** @module sink — where readers put what they read: records and one-line problems, counted as they come. */
import type { Problem, RawArticle } from '../../core/index.ts';

export interface Sink {
  record(record: RawArticle): void;
  problem(path: string, error: string): void;
  /** Records and problems so far (to tell whether a folder or file yielded anything). */
  readonly counts: { records: number; problems: number };
}

/** Collects into arrays, or hands each record to `onRecord` without keeping it. */
export function createSink(onRecord: ((r: RawArticle) => void) | null): Sink & { records: RawArticle[]; problems: Problem[] } {
  const records: RawArticle[] = [];
  const problems: Problem[] = [];
  const counts = { records: 0, problems: 0 };
  return {
    records,
    problems,
    counts,
    record(r) {
      counts.records++;
      if (onRecord) onRecord(r);
      else records.push(r);
    },
    problem(path, error) {
      counts.problems++;
      problems.push({ path, error });
    },
  };
}
