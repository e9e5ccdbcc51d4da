import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignClaims } from './align-claims.ts';
import { contentTerms } from '../claims/find-claims.ts';
import type { ClaimUnit } from '../claims/claim-unit.ts';

function claim(doc: string, position: number, text: string): ClaimUnit {
  return {
    key: `${doc}:${position}`, documentId: doc, position, span: { documentId: doc, start: 0, end: text.length }, text, terms: contentTerms(text),
    entityIds: [], numbers: [], dates: [], quotes: [], actor: null, action: null, actionSpan: null, object: null, attribution: null, place: null,
  };
}

const rules = { minRareShared: 0, rareShare: 1, ledeBonus: 0, ledeClaims: 0 };

describe('alignClaims', () => {
  it('aligns the same claim told in different words across two documents', () => {
    const a = [claim('a', 0, 'The central bank raised its benchmark interest rate to 5.25 percent on Wednesday.'), claim('a', 1, 'Shares in Tokyo closed lower after the announcement.')];
    const b = [claim('b', 0, 'Stocks in Tokyo ended lower once the decision was announced.'), claim('b', 1, 'On Wednesday the central bank lifted its benchmark rate to 5.25 percent.')];
    const { clusters } = alignClaims([...a, ...b], 0.3, 0.2, rules);
    const rate = clusters.find((c) => c.some((x) => x.key === 'a:0'))!;
    assert.deepEqual(rate.map((x) => x.key).sort(), ['a:0', 'b:1']);
  });
  it('leaves an unrelated claim on its own', () => {
    const { clusters } = alignClaims([claim('a', 0, 'Flooding closed the coastal highway for three days.'), claim('b', 0, 'The election commission certified the results on Friday.')], 0.3, 0.2, rules);
    assert.equal(clusters.length, 2);
  });
  it('never puts two claims of one document in the same cluster', () => {
    const words = ['port', 'strike', 'union', 'wages', 'ships', 'cargo', 'talks', 'minister', 'dock', 'workers'];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), sentence), { minLength: 2, maxLength: 12 }), (items) => {
      const claims = items.map(([doc, text], i) => claim(doc, i, text));
      return alignClaims(claims, 0.2, 0.1, rules).clusters.every((cl) => new Set(cl.map((c) => c.documentId)).size === cl.length);
    }));
  });
  it('clusters every claim exactly once', () => {
    const claims = [claim('a', 0, 'port strike ends'), claim('b', 0, 'port strike ends today'), claim('c', 0, 'dock workers return')];
    const keys = alignClaims(claims, 0.2, 0.1, rules).clusters.flat().map((c) => c.key).sort();
    assert.deepEqual(keys, ['a:0', 'b:0', 'c:0']);
  });
});
