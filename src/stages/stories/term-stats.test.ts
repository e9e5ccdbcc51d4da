import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TermStats } from './term-stats.ts';

const exact = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

describe('term statistics', () => {
  it('gives BM25 idf over the documents seen plus the prior, exactly while the collection is small', () => {
    const s = new TermStats(100);
    for (let i = 0; i < 300; i++) s.addDocument(i % 3 === 0 ? ['ceasefire', 'gaza'] : ['budget']);
    assert.equal(s.idf('ceasefire'), exact(400, 100));
    assert.equal(s.idf('budget'), exact(400, 200));
    assert.equal(s.idf('never-seen'), exact(400, 1));
  });

  it('keeps cached idf within 1% of the exact value on a large collection, and updates it as df changes', () => {
    const s = new TermStats(100);
    for (let i = 0; i < 20_000; i++) s.addDocument(i % 50 === 0 ? ['ceasefire'] : ['budget', `w${i % 997}`]);
    const before = s.idf('ceasefire');
    assert.ok(Math.abs(before - exact(20_100, 400)) / exact(20_100, 400) < 0.01);
    for (let i = 0; i < 30; i++) s.addDocument(['ceasefire']);
    assert.ok(s.idf('ceasefire') < before, 'more documents with the word, lower idf');
    assert.ok(Math.abs(s.idf('ceasefire') - exact(20_130, 430)) / exact(20_130, 430) < 0.01);
  });

  it('computes the same idf after a round trip through its state', () => {
    const s = new TermStats(100);
    for (let i = 0; i < 5000; i++) s.addDocument([`w${i % 37}`, i % 5 ? 'storm' : 'flood']);
    const r = TermStats.fromState(JSON.parse(JSON.stringify(s.toState())), 100);
    for (const t of ['storm', 'flood', 'w3', 'unseen']) assert.equal(r.idf(t), s.idf(t));
  });
});
