import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { UnionFind } from './union-find.ts';

const unions = fc.array(fc.tuple(fc.nat(19), fc.nat(19)), { maxLength: 40 });

/** Sets as sorted member lists, sorted: a canonical form independent of which root survived. */
function setsAfter(ops: [number, number][]): string[] {
  const uf = new UnionFind<number>();
  for (const [a, b] of ops) uf.union(a, b);
  const byRoot = new Map<number, number[]>();
  for (let k = 0; k < 20; k++) byRoot.set(uf.find(k), [...(byRoot.get(uf.find(k)) ?? []), k]);
  return [...byRoot.values()].map((g) => g.join(',')).sort();
}

describe('UnionFind', () => {
  it('is idempotent: applying the same unions twice gives the same sets', () => {
    fc.assert(fc.property(unions, (ops) => assert.deepEqual(setsAfter([...ops, ...ops]), setsAfter(ops))));
  });

  it('does not depend on the order of unions', () => {
    fc.assert(fc.property(unions, (ops) => assert.deepEqual(setsAfter([...ops].reverse()), setsAfter(ops))));
  });

  it('joins what was joined, keeps the root of `into`, and survives a round trip through pairs()', () => {
    fc.assert(fc.property(unions, (ops) => {
      const uf = new UnionFind<number>();
      for (const [a, b] of ops) assert.equal(uf.union(a, b), uf.find(a));
      for (const [a, b] of ops) assert.ok(uf.connected(a, b));
      const copy = UnionFind.fromPairs(uf.pairs());
      for (let k = 0; k < 20; k++) assert.equal(copy.find(k), uf.find(k));
    }));
  });
});
