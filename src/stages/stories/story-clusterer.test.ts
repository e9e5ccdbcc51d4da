import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createStoryClusterer } from './index.ts';
import { clean } from '../clean/index.ts';
import { loadFixture, makeArticle } from '../../../test/fixtures/stories/article.ts';
import type { Article } from '../../core/index.ts';
import type { ClustererState } from './index.ts';

/** Whether the story holding `docId` has gone dormant (left the candidate index). */
function dormant(c: ReturnType<typeof createStoryClusterer>, docId: string): boolean {
  const rec = (c.state() as ClustererState).stories.find((s) => s.docIds.includes(docId))!;
  return rec.frozen !== null;
}

interface TwoEvents { stories: string[][]; wireRerun: { source: string; rerun: string } }

/** Groups of document ids per story, each sorted, the groups sorted: comparable across runs. */
function groups(c: ReturnType<typeof createStoryClusterer>): string[][] {
  return c.stories().map((s) => [...s.documentIds].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function cluster(docs: Article[], opts = {}) {
  const c = createStoryClusterer(undefined, opts);
  for (const d of docs) c.add(d);
  return c;
}

describe('story clustering', () => {
  const { docs, expected } = loadFixture<TwoEvents>('001-same-topic-two-events');

  it('puts a wire re-run in the same story as its source', () => {
    const c = cluster(docs);
    assert.equal(c.storyOf(expected.wireRerun.rerun), c.storyOf(expected.wireRerun.source));
  });

  it('keeps two earthquakes of the same week apart, and an unrelated story on its own', () => {
    const want = expected.stories.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    assert.deepEqual(groups(cluster(docs)), want);
  });

  it('lists just the stories asked for, each as the full listing shows it', () => {
    const c = cluster(docs);
    const all = c.stories();
    const wanted = new Set([all[all.length - 1]!.id, all[0]!.id]);
    assert.deepEqual(c.stories(wanted), all.filter((s) => wanted.has(s.id)));
    assert.deepEqual(c.stories(new Set()), []);
  });

  it('gives the same stories whatever order the documents arrive in', () => {
    const want = groups(cluster(docs));
    assert.deepEqual(groups(cluster([...docs].reverse())), want);
  });

  it('resumes from state() with the same result as one run, after a JSON round trip', () => {
    const once = cluster(docs);
    const first = createStoryClusterer();
    for (const d of docs.slice(0, 4)) first.add(d);
    const resumed = createStoryClusterer(JSON.parse(JSON.stringify(first.state())));
    for (const d of docs.slice(4)) resumed.add(d);
    assert.deepEqual(resumed.stories(), once.stories());
    assert.deepEqual(resumed.state(), once.state());
  });

  it('resumes to the same state as one run, whatever the order and wherever the run is cut', () => {
    fc.assert(fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), fc.nat(docs.length), (order, cut) => {
      const once = cluster(order);
      const first = cluster(order.slice(0, cut));
      const resumed = createStoryClusterer(JSON.parse(JSON.stringify(first.state())));
      for (const d of order.slice(cut)) resumed.add(d);
      assert.deepEqual(resumed.state(), once.state());
    }), { numRuns: 25 });
  });

  it('derives a story id from its first member, so earlier unrelated documents do not shift it', () => {
    const alone = cluster(docs.filter((d) => d.id.startsWith('peru')));
    const mixed = cluster([docs.find((d) => d.id === 'tram-1')!, ...docs.filter((d) => d.id.startsWith('peru'))]);
    assert.equal(alone.storyOf('peru-1'), mixed.storyOf('peru-1'));
    assert.match(alone.storyOf('peru-1')!, /^s[0-9a-f]{12}$/);
  });

  it('describes a story by its days, outlets, size and top terms, with a member headline as title', () => {
    const c = cluster(docs);
    const peru = c.stories().find((s) => s.documentIds.includes('peru-1'))!;
    assert.equal(peru.start, '2025-03-04');
    assert.equal(peru.end, '2025-03-05');
    assert.deepEqual([...peru.outlets].sort(), ['Andes Daily', 'Coastal Times', 'Global Wire']);
    assert.equal(peru.documentCount, 3);
    assert.ok(docs.some((d) => d.title === peru.title));
    assert.ok(peru.topTerms.some((t) => /arequipa|peru|valdivia/i.test(t)), peru.topTerms.join(', '));
  });

  it('chooses the most representative headline as title, not the first to arrive', () => {
    const base = docs.filter((d) => d.id.startsWith('indo'));
    const vague = makeArticle({ id: 'indo-0', title: 'Day of fear', outlet: 'Evening Star', published: '2025-03-06',
      text: 'A magnitude 6.5 earthquake on Sulawesi killed at least 30 people in Mamuju, where a hospital collapsed, Indonesia\'s disaster agency said.' });
    const c = cluster([vague, ...base]);
    const story = c.stories().find((s) => s.documentIds.includes('indo-0'))!;
    assert.equal(story.documentIds.length, 4);
    assert.notEqual(story.title, 'Day of fear');
  });

  it('treats adding the same document twice as one arrival', () => {
    const c = cluster(docs);
    const before = JSON.stringify(c.state());
    assert.equal(c.add(docs[0]!), c.storyOf(docs[0]!.id));
    assert.equal(JSON.stringify(c.state()), before);
  });
});

describe('story clustering with bad input', () => {
  it('gives a document without usable words a story of its own that nothing else joins', () => {
    const empty1 = makeArticle({ id: 'e1', title: null, text: '— · —' });
    const empty2 = makeArticle({ id: 'e2', title: null, text: 'the of and it' });
    const c = cluster([empty1, empty2, ...loadFixture<TwoEvents>('001-same-topic-two-events').docs]);
    assert.notEqual(c.storyOf('e1'), c.storyOf('e2'));
    assert.deepEqual(c.stories().find((s) => s.id === c.storyOf('e1'))!.documentIds, ['e1']);
    assert.deepEqual(c.stories().find((s) => s.id === c.storyOf('e2'))!.documentIds, ['e2']);
  });

  it('makes one story of a flood of near-identical documents, with bounded state per story', () => {
    const { docs } = loadFixture<TwoEvents>('001-same-topic-two-events');
    const src = docs[0]!;
    const flood = Array.from({ length: 600 }, (_, i) => makeArticle({ id: `f${i}`, title: src.title, outlet: `Site ${i % 40}`, published: '2025-03-04',
      text: `${src.body}\n\nUpdated ${i % 60} minutes ago.` }));
    const c = cluster(flood);
    assert.equal(c.stories().length, 1);
    const state = c.state() as { stories: { centroid: unknown[]; members: unknown[]; titles: unknown[] }[] };
    const s = state.stories[0]!;
    assert.ok(s.centroid.length <= 400 && s.members.length <= 64 && s.titles.length <= 24);
  });

  it('does not let dates far in the past or future stretch or retire other stories', () => {
    const { docs } = loadFixture<TwoEvents>('001-same-topic-two-events');
    const c = createStoryClusterer(undefined, { now: new Date('2025-03-10T00:00:00Z') });
    for (const d of docs) c.add(d);
    const odd = (id: string, date: string) => makeArticle({ id, title: 'Magnitude 6.8 earthquake strikes southern Peru', published: date, outlet: 'Odd Feed',
      text: 'A magnitude 6.8 earthquake struck southern Peru near Caraveli in the Arequipa region, killing at least 12 people.' });
    c.add(odd('past', '1970-01-01'));
    c.add(odd('future', '2099-12-31'));
    for (let i = 0; i < 600; i++) c.add(makeArticle({ id: `filler${i}`, title: `Council notice ${i}`, published: '2025-03-06', text: `Notice number ${i} about parking permit zone ${i}.` }));
    const peru = c.stories().find((s) => s.documentIds.includes('peru-1'))!;
    assert.equal(peru.start, '2025-03-04');
    assert.equal(peru.end, '2025-03-05');
    const indo = c.stories().find((s) => s.documentIds.includes('indo-1'))!;
    assert.equal(indo.end, '2025-03-07');
    assert.equal(dormant(c, 'peru-1'), false, 'the Peru story stays in the index');
    assert.equal(dormant(c, 'indo-1'), false);
  });
});

describe('story maintenance', () => {
  it('retires stories older than the time window from the candidate index', () => {
    const c = createStoryClusterer(undefined, { sweepEvery: 8 });
    const { docs } = loadFixture<TwoEvents>('001-same-topic-two-events');
    for (const d of docs) c.add(d);
    assert.equal(dormant(c, 'peru-1'), false);
    for (let i = 0; i < 40; i++) c.add(makeArticle({ id: `later${i}`, title: `Harbour festival day ${i}`, published: '2025-04-20', text: `Boats and music at the harbour festival, day ${i}.` }));
    assert.equal(dormant(c, 'peru-1'), true, 'the March stories left the index');
    assert.equal(dormant(c, 'tram-1'), true);
    assert.equal(dormant(c, 'later39'), false);
    const late = makeArticle({ id: 'peru-late', title: 'Magnitude 6.8 earthquake strikes southern Peru, killing at least 12', published: '2025-04-20',
      text: 'A magnitude 6.8 earthquake struck southern Peru near Caraveli in the Arequipa region.' });
    assert.notEqual(c.add(late), c.storyOf('peru-1'), 'a dormant story cannot be joined');
  });

  it('merges two stories that turn out to be one, records it, and resolves the old id', () => {
    // The first two reports share few words; a third report bridges them.
    const a = makeArticle({ id: 'm1', title: 'Dam breach floods Valcourt valley', published: '2025-05-02', text: 'Water from the Lac Noir dam breach flooded farms in the Valcourt valley on Friday.' });
    const b = makeArticle({ id: 'm2', title: 'Lac Noir dam: engineers warned of cracks', published: '2025-05-02', text: 'Engineers had warned of cracks in the Lac Noir dam wall in a report last year.' });
    const bridge = (i: number) => makeArticle({ id: `m${i}`, title: 'Lac Noir dam breach floods Valcourt valley after engineers warned of cracks', published: '2025-05-02',
      text: 'The Lac Noir dam breach flooded farms in the Valcourt valley on Friday; engineers had warned of cracks in the dam wall.' });
    const c = createStoryClusterer(undefined, { joinLong: 0.9, joinShort: 0.9, mergeThreshold: 0.3 });
    for (const d of [a, b, bridge(3), bridge(4), bridge(5), bridge(6)]) c.add(d);
    const merges = c.maintenance().filter((m) => m.kind === 'merge');
    assert.ok(merges.length >= 1);
    for (const m of merges) assert.equal(c.resolve(m.from), c.resolve(m.into));
    assert.equal(c.storyOf('m1'), c.storyOf('m2'));
    const story = c.stories().find((s) => s.documentIds.includes('m1'))!;
    assert.ok((story.mergedFrom ?? []).length >= 1);
  });
});

describe('story clustering of the demo corpus', () => {
  it('puts the three demo articles, read through the real clean stage, in one story', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'examples', 'demo');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const now = new Date('2026-01-01T00:00:00Z');
    const docs = files.map((f) => clean({ path: join(dir, f), format: 'text', sourceId: null, url: null, title: null,
      text: readFileSync(join(dir, f), 'utf8'), html: null, published: null, outlet: null, meta: {} }, { now }));
    const c = createStoryClusterer(undefined, { now });
    for (const d of docs) c.add(d);
    assert.equal(docs.length, 3);
    assert.equal(c.stories().length, 1);
  });
});
