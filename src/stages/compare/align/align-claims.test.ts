import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignClaims, candidateList } from './align-claims.ts';
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
  it('links a sentence stating two facts to both sentences another source splits them into', () => {
    const a = [claim('a', 0, 'The lender admitted breaking money-laundering rules and could face fines of up to 2 million euros and a ban on new clients.')];
    const b = [claim('b', 0, 'The lender admitted in court on Monday that it had broken money-laundering rules.'), claim('b', 1, 'It could face fines of up to 2 million euros and a ban on new clients.')];
    const { clusters, links } = alignClaims([...a, ...b], 0.3, 0.2, { minRareShared: 2, rareShare: 1, ledeBonus: 0, ledeClaims: 0 });
    const withA = clusters.find((c) => c.some((x) => x.key === 'a:0'))!;
    assert.equal(withA.length, 2);
    const other = withA.some((x) => x.key === 'b:0') ? 'b:1' : 'b:0';
    assert.deepEqual(links.map((p) => [p.a.key, p.b.key].sort()), [['a:0', other]]);
  });
  it('makes no extra link between claims that each already agree with something else', () => {
    const a = [claim('a', 0, 'Fire crews contained the warehouse blaze near the river port by midnight.'), claim('a', 1, 'The warehouse blaze near the river port destroyed stored grain.')];
    const b = [claim('b', 0, 'Fire crews had the warehouse blaze near the river port contained by midnight.'), claim('b', 1, 'Stored grain burned in the warehouse blaze near the river port.')];
    const { links } = alignClaims([...a, ...b], 0.3, 0.2, { minRareShared: 2, rareShare: 1, ledeBonus: 0, ledeClaims: 0 });
    assert.deepEqual(links, []);
  });
  it('handles a story of hundreds of documents that repeat the same wire copy, with bounded pairs', () => {
    // 400 outlets re-run the same three sentences: every common word is held by 400 claims (80k pairs each).
    const copy = ['Rescue teams searched collapsed buildings in the port city after the earthquake on Monday.', 'The regional governor said at least 40 people were missing.', 'Aid convoys reached the outskirts by nightfall, officials said.'];
    const claims = Array.from({ length: 400 }, (_, d) => copy.map((t, i) => claim(`d${d}`, i, t))).flat();
    const { clusters } = alignClaims(claims, 0.3, 0.2, { minRareShared: 2, rareShare: 0.05, ledeBonus: 0.1, ledeClaims: 1 });
    assert.equal(clusters.length, 3, 'each repeated sentence is one cluster across all 400 documents');
    assert.ok(clusters.every((c) => c.length === 400));
  });
});

describe('candidateList', () => {
  it('keeps each pair once, in first-seen order, up to the budget, the same with a bit set or a Set', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 40 }), fc.array(fc.nat(), { maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (n, raw, budget) => {
      const keys = raw.map((r) => r % (n * n));
      const bits = candidateList(n, budget, n);
      const set = candidateList(n, budget, n - 1);
      for (const k of keys) { bits.add(k); set.add(k); }
      const expected = [...new Set(keys)].slice(0, budget);
      assert.deepEqual(bits.keys, expected);
      assert.deepEqual(set.keys, expected);
    }));
  });
});
