import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ReuseResult } from '../../core/index.ts';
import { articleFromText } from '../../../test/fixtures/reuse/article-from-text.ts';
import { findReuse, independentSources } from './index.ts';

const FIXTURE = 'test/fixtures/reuse/001-wire-rerun';
interface Expected {
  aligned: [string, string][];
  notAligned: [string, string][];
  edits: { between: [string, string]; from: string; to: string; kind: string }[];
  original: string;
  groups: string[][];
}

function wireFixture(): { docs: Article[]; expected: Expected } {
  const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as Expected;
  const meta: Record<string, Parameters<typeof articleFromText>[1]> = {
    wire: { id: 'wire', outlet: 'Reuters', published: '2023-03-14' },
    'outlet-a': { id: 'outlet-a', outlet: 'Harbour Daily', wire: ['Reuters'], published: '2023-03-15' },
    'outlet-b': { id: 'outlet-b', outlet: 'Shipping Weekly', wire: ['Reuters'] },
    unrelated: { id: 'unrelated', outlet: 'Flanders Post', published: '2023-03-15' },
  };
  const docs = Object.entries(meta).map(([name, extras]) =>
    articleFromText(readFileSync(join(FIXTURE, `${name}.txt`), 'utf8'), { ...extras, titleLines: 1 }));
  return { docs, expected };
}

const between = (r: ReuseResult, x: string, y: string) =>
  r.passages.filter((p) => (p.a.documentId === x && p.b.documentId === y) || (p.a.documentId === y && p.b.documentId === x));

function assertSpansInside(r: ReuseResult, docs: Article[]) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const p of r.passages) {
    for (const s of [p.a, p.b]) {
      const doc = byId.get(s.documentId)!;
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= doc.text.length, `span ${s.start}-${s.end} inside ${doc.id}`);
      assert.ok(doc.paragraphs.some((q) => q.start <= s.start && s.start < q.end), 'a passage starts inside a body paragraph');
    }
  }
}

describe('findReuse on a wire story re-run by two outlets', () => {
  const { docs, expected } = wireFixture();
  const result = findReuse(docs);

  it('aligns the re-runs with the wire and with each other', () => {
    for (const [x, y] of expected.aligned) assert.ok(between(result, x, y).length > 0, `${x} ~ ${y}`);
  });

  it('does not align an unrelated article on the same topic', () => {
    for (const [x, y] of expected.notAligned) assert.equal(between(result, x, y).length, 0, `${x} !~ ${y}`);
  });

  it('survives moved paragraphs: the quote moved down in one outlet still aligns', () => {
    const quote = between(result, 'wire', 'outlet-b').filter((p) => {
      const wire = p.a.documentId === 'wire' ? p.a : p.b;
      return docs[0]!.text.slice(wire.start, wire.end).includes('refused every reasonable offer');
    });
    assert.equal(quote.length, 1);
  });

  it('lists the changed words, numbers and speech verbs as classified edits', () => {
    for (const e of expected.edits) {
      const edits = between(result, e.between[0], e.between[1]).flatMap((p) => p.edits);
      const found = edits.find((x) => x.kind === e.kind
        && (x.from.includes(e.from) || (x.from.length > 0 && e.from.includes(x.from)))
        && (x.to.includes(e.to) || (x.to.length > 0 && e.to.includes(x.to))));
      assert.ok(found, `${e.kind} edit ${e.from} → ${e.to} in ${JSON.stringify(edits)}`);
    }
  });

  it('finds the wire as the original, copies pointing away from it', () => {
    for (const p of between(result, 'wire', 'outlet-a')) assert.equal(p.direction, p.a.documentId === 'wire' ? 'a->b' : 'a<-b');
    const group = result.provenance.groups.find((g) => g.documentIds.includes('wire'))!;
    assert.equal(group.originalId, 'wire');
    assert.equal(group.wire, 'Reuters');
  });

  it('groups the wire and its re-runs as one source, the unrelated article as another', () => {
    const groups = result.provenance.groups.map((g) => [...g.documentIds].sort());
    for (const g of expected.groups) assert.ok(groups.some((x) => JSON.stringify(x) === JSON.stringify([...g].sort())), JSON.stringify(groups));
    assert.equal(independentSources(docs.map((d) => d.id), result.provenance), 2);
  });

  it('keeps every span inside its document and its body', () => assertSpansInside(result, docs));

  it('does not take the headline into a passage unless the headline itself is reused', () => {
    for (const p of result.passages) for (const s of [p.a, p.b]) {
      const doc = docs.find((d) => d.id === s.documentId)!;
      assert.ok(s.start >= doc.paragraphs[0]!.start, 'passage starts in the body');
    }
  });
});

describe('findReuse on the demo corpus', () => {
  const dir = 'examples/demo';
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => articleFromText(readFileSync(join(dir, f), 'utf8'), { id: f.slice(0, 3) }));
  const result = findReuse(docs);
  const pairs = (x: string, y: string) => between(result, x, y);

  it('aligns the two articles that carry the same wire passages', () => {
    const shared = pairs('002', '004');
    assert.ok(shared.length >= 2);
    const words = shared.reduce((n, p) => n + (docs[1]!.text.slice(p.a.start, p.a.end).match(/\w+/g) ?? []).length, 0);
    assert.ok(words >= 60, `${words} aligned words`);
  });

  it('lists the framing substitution between them as a wording edit', () => {
    const edits = pairs('002', '004').flatMap((p) => p.edits);
    assert.ok(edits.some((e) => e.kind === 'wording' && /military operation/.test(e.from + e.to) && /invasion/.test(e.from + e.to)), JSON.stringify(edits));
  });

  it('puts those two in one provenance group and the third apart', () => {
    const group = result.provenance.groups.find((g) => g.documentIds.includes('002'))!;
    assert.deepEqual([...group.documentIds].sort(), ['002', '004']);
    assert.equal(independentSources(['000', '002', '004'], result.provenance), 2);
  });

  it('finds no whole-document duplicates among them', () => assert.deepEqual(result.provenance.duplicates, []));

  it('keeps every span inside its document', () => assertSpansInside(result, docs));
});
