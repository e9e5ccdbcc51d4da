/** A story past the per-story bound is analysed over a sample: earliest, latest and an even spread, said in the report. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Story } from '../core/index.ts';
import { articleFromText } from '../lib/article-from-text.ts';
import { analysisSample } from './analysis-sample.ts';
import { storyReport } from './run.ts';

const TOWNS = ['Marlow', 'Keswick', 'Tenbury', 'Ludlow', 'Bewdley', 'Upton', 'Evesham', 'Pershore', 'Tewkesbury', 'Ross', 'Hereford', 'Monmouth', 'Chepstow', 'Ledbury'];

/** Day `i` of a flood story in `TOWNS[i]`: a short report dated 2024-02-(1+i), or undated. */
function report(i: number, dated: boolean): Article {
  const town = TOWNS[i % TOWNS.length]!;
  const doc = articleFromText(`flood-${String(i).padStart(2, '0')}`, [
    `River Severn floods reach ${town}`,
    `Flood defences in ${town} were raised on Tuesday as the River Severn rose for a third day, the Environment Agency said.`,
    `"We expect the river to peak tonight," said Anna Whitley, the agency's area manager, adding that ${20 + i} homes had been evacuated.`,
    `Residents of ${town} were told to move valuables upstairs and to follow the advice of the emergency services.`,
  ].join('\n'));
  doc.title = `River Severn floods reach ${town}`;
  doc.outlet = `Outlet ${i % 5}`;
  if (dated) doc.published = { date: `2024-02-${String(1 + i).padStart(2, '0')}`, earliest: null, latest: null, confidence: 0.9, basis: 'test' };
  return doc;
}

function floodStory(n: number, undated: number[] = []): { story: Story; docs: Article[] } {
  // Members in arrival order, which is not date order: the later half arrived first.
  const order = [...Array.from({ length: n }, (_, i) => i).filter((i) => i >= n / 2), ...Array.from({ length: n }, (_, i) => i).filter((i) => i < n / 2)];
  const docs = order.map((i) => report(i, !undated.includes(i)));
  const story: Story = { id: 'severn', title: 'River Severn floods', documentIds: docs.map((d) => d.id), start: null, end: null, outlets: [], topTerms: [] };
  return { story, docs };
}

describe('analysisSample', () => {
  it('leaves a story within the bound as it is', () => {
    const { story, docs } = floodStory(6);
    const out = analysisSample(story, docs, 6);
    assert.equal(out.story, story);
    assert.equal(out.docs, docs);
    assert.equal(analysisSample(story, docs, 0).docs, docs, '0 means no bound');
  });

  it('keeps the earliest and latest dated members and spreads the rest, in member order', () => {
    const { story, docs } = floodStory(14, [7]);
    const out = analysisSample(story, docs, 8);
    const ids = out.docs.map((d) => d.id);
    assert.equal(ids.length, 8);
    for (const id of ['flood-00', 'flood-01', 'flood-12', 'flood-13']) assert.ok(ids.includes(id), `${id} is among the two earliest or latest`);
    assert.deepEqual(ids, story.documentIds.filter((id) => ids.includes(id)), 'member order is kept');
    assert.equal(new Set(ids).size, 8);
    assert.deepEqual(out.story.documentIds, story.documentIds, 'the story keeps all its members');
    assert.deepEqual(out.story.sample?.documentIds, ids);
    assert.equal(out.story.sample?.of, 14);
    assert.match(out.story.sample!.basis, /analysed 8 of 14 documents.*2 earliest, the 2 latest and 4 spread/);
  });

  it('samples a story of undated members too', () => {
    const { story, docs } = floodStory(12, Array.from({ length: 12 }, (_, i) => i));
    const out = analysisSample(story, docs, 8);
    assert.equal(out.docs.length, 8);
    assert.match(out.story.sample!.basis, /the 0 earliest, the 0 latest and 8 spread/);
  });
});

describe('storyReport past the bound', () => {
  it('reports the sample: its documents, findings citing only them, and the basis; the row keeps no sample', () => {
    const { story, docs } = floodStory(14);
    const { story: row, report } = storyReport(story, docs, new Date('2024-03-01T00:00:00Z'), 8);
    const sampled = new Set(report.stories[0]!.sample!.documentIds);
    assert.equal(report.documents.length, 8);
    assert.deepEqual(new Set(report.documents.map((d) => d.id)), sampled);
    assert.deepEqual(report.stories[0]!.documentIds, story.documentIds, 'the report lists every member of the story');
    assert.ok(report.quotes.length >= 8 && report.quotes.every((q) => sampled.has(q.span.documentId)));
    assert.equal(report.stories[0]!.start, '2024-02-01', 'the sample holds the earliest report');
    assert.equal(report.stories[0]!.end, '2024-02-14', 'and the latest');
    assert.equal('sample' in row, false);
  });
});
