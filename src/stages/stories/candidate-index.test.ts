import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CandidateIndex } from './candidate-index.ts';

describe('candidate index', () => {
  it('finds the stories sharing most words first, oldest first among equals', () => {
    const ix = new CandidateIndex(100);
    ix.reindex(3, [], ['quake', 'peru']);
    ix.reindex(1, [], ['quake', 'sulawesi']);
    ix.reindex(2, [], ['tram']);
    assert.deepEqual(ix.lookup(['quake', 'peru'], 10), [3, 1]);
    assert.deepEqual(ix.lookup(['quake'], 10), [1, 3]);
    assert.deepEqual(ix.lookup(['quake'], 1), [1]);
  });

  it('skips words whose posting list grew past the limit', () => {
    const ix = new CandidateIndex(2);
    for (const s of [1, 2, 3]) ix.reindex(s, [], ['said']);
    ix.reindex(4, [], ['said', 'mamuju']);
    assert.deepEqual(ix.lookup(['said'], 10), []);
    assert.deepEqual(ix.lookup(['said', 'mamuju'], 10), [4]);
  });

  it('after any sequence of re-indexings, finds a story exactly under its current words', () => {
    const words = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 4 });
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), words), { maxLength: 30 }), (ops) => {
      const ix = new CandidateIndex(1000);
      const current = new Map<number, string[]>();
      for (const [seq, after] of ops) {
        ix.reindex(seq, current.get(seq) ?? [], after);
        current.set(seq, after);
      }
      for (const w of ['a', 'b', 'c', 'd', 'e', 'f']) {
        const want = [...current].filter(([, ws]) => ws.includes(w)).map(([s]) => s).sort((x, y) => x - y);
        assert.deepEqual(ix.lookup([w], 100), want);
      }
    }));
  });
});
