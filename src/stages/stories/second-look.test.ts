/**
 * The second look at a new story: a headline that arrived before the story it belongs to had its words
 * joins that story once the story has them, and the merge is recorded. Headlines written for this test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createStoryClusterer, type ClustererState } from './index.ts';
import { makeArticle } from '../../../test/fixtures/stories/article.ts';

const H = (id: string, title: string) => makeArticle({ id, title, text: '', published: '2024-09-12', outlet: `outlet ${id}` });
const STREAM = [
  H('early', 'Carney warns lender could relocate'),
  H('b1', 'Scottish independence: what a Yes would mean for the banks'),
  H('b2', 'Banks draw up plans for Scottish independence vote'),
  H('b3', 'Scottish independence: banks could relocate, Carney says'),
  H('b4', 'Lender would relocate south if Scotland votes for independence'),
  H('b5', 'Banks weigh independence vote risks'),
];

describe('second look at a new story', () => {
  it('brings an early headline into the story that formed after it, and records the merge', () => {
    const c = createStoryClusterer(undefined, { recheckAfter: [4] });
    for (const d of STREAM) c.add(d);
    assert.equal(c.stories().length, 1);
    const merges = c.maintenance().filter((m) => m.kind === 'merge');
    assert.equal(merges.length, 1);
    assert.equal(c.resolve(merges[0]!.from), c.storyOf('early'));
  });

  it('leaves the early headline apart without the second look (what the test above rests on)', () => {
    const c = createStoryClusterer(undefined, { recheckAfter: [] });
    for (const d of STREAM) c.add(d);
    assert.notEqual(c.storyOf('early'), c.storyOf('b1'));
  });

  it('keeps pending looks in the state, so a resumed run takes them as one run would', () => {
    const once = createStoryClusterer(undefined, { recheckAfter: [4] });
    for (const d of STREAM) once.add(d);
    const first = createStoryClusterer(undefined, { recheckAfter: [4] });
    for (const d of STREAM.slice(0, 2)) first.add(d);
    const saved = JSON.parse(JSON.stringify(first.state())) as ClustererState;
    assert.ok((saved.pending ?? []).length > 0);
    const resumed = createStoryClusterer(saved, { recheckAfter: [4] });
    for (const d of STREAM.slice(2)) resumed.add(d);
    assert.deepEqual(resumed.state(), once.state());
  });
});
