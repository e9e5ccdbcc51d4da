import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeConflicts } from './merge-conflicts.ts';
import type { Span } from '../../../core/index.ts';

const span = (documentId: string, start: number): Span => ({ documentId, start, end: start + 40 });
const deaths = (a: Span[], b: Span[]) => ({ storyId: 's1', topic: 'number of people killed', values: [{ value: '12 killed', evidence: a }, { value: '15 Killed', evidence: b }] });

describe('mergeConflicts', () => {
  it('pools the evidence of one disagreement reported by many copies, each span once', () => {
    // A wire report (wire-1, wire-2 re-run it) says 12; two outlets say 15 — five conflict pairs found pairwise.
    const merged = mergeConflicts([
      deaths([span('wire-1', 0)], [span('outlet-a', 120)]),
      deaths([span('wire-2', 0)], [span('outlet-a', 120)]),
      deaths([span('wire-1', 0)], [span('outlet-b', 300)]),
      { storyId: 's1', topic: 'number of people killed', values: [{ value: '15 killed', evidence: [span('outlet-b', 300)] }, { value: '12 KILLED', evidence: [span('wire-2', 0), span('wire-3', 10)] }] },
      { storyId: 's1', topic: 'date of the attack', values: [{ value: 'Monday', evidence: [span('wire-1', 50)] }, { value: 'Tuesday', evidence: [span('outlet-a', 10)] }] },
    ]);
    assert.equal(merged.length, 2);
    const [killed] = merged;
    assert.deepEqual(killed!.values.map((v) => v.evidence.map((s) => s.documentId)), [['wire-1', 'wire-2', 'wire-3'], ['outlet-a', 'outlet-b']]);
  });
});
