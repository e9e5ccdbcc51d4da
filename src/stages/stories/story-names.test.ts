/**
 * The name a report puts first, and the close-call join it refuses. Reports written for this test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { leadName, storyLacksName } from './story-names.ts';
import { createStoryClusterer } from './index.ts';
import { makeArticle } from '../../../test/fixtures/stories/article.ts';

describe('story names', () => {
  it('takes the strongest single-word name, never a phrase, a number or a year', () => {
    const w = new Map([['@kessen', 2.4], ['@dario kessen', 3], ['@2019', 4], ['@52-3', 3.5], ['@ravensport', 1.4], ['kessen', 5]]);
    assert.equal(leadName(w, 2), '@kessen');
    assert.equal(leadName(w, 2.5), null, 'no name is prominent enough');
    assert.equal(leadName(new Map([['@marchetti', 2.1], ['@kessen', 2.1]]), 2), '@kessen', 'ties go to the first in name order');
  });

  it('says a story lacks a name only when none of its members brought it', () => {
    const centroid = new Map([['@kessen', 0.4], ['arrest', 0.3]]);
    assert.equal(storyLacksName('@kessen', centroid), false);
    assert.equal(storyLacksName('@marchetti', centroid), true);
    assert.equal(storyLacksName(null, centroid), false);
  });
});

describe('story names in the clusterer', () => {
  const first = [
    makeArticle({
      id: 'a1', title: 'Police arrest Ravensport striker Kessen after late-night crash on coast road',
      text: 'Striker Dario Kessen was arrested early on Sunday after his car hit a barrier on the coast road outside Ravensport, police said. ' +
        'Kessen, 27, failed a roadside breath test and was held overnight at the central station.\n\n' +
        'The club said it was aware of the arrest of Kessen and would speak to the player. Nobody else was hurt in the crash, officers said, and the road reopened by dawn.',
    }),
    makeArticle({
      id: 'a2', title: 'Kessen held on suspicion of drink-driving after crash',
      text: 'Dario Kessen spent the night in custody after crashing his car into a coast road barrier, police confirmed on Sunday. ' +
        'Officers said Kessen had failed a breath test at the scene shortly after two in the morning.\n\n' +
        'His club, promoted last spring, said Kessen would miss training while the matter was dealt with. The striker joined from a rival side in the summer.',
    }),
  ];
  const other = makeArticle({
    id: 'b1', title: 'Ravensport defender Marchetti arrested on drink-driving charge',
    text: 'Defender Olu Marchetti was arrested on suspicion of drink-driving on Friday after police stopped his car near the Ravensport stadium. ' +
      'Marchetti, 31, was released on bail and is due in court next month, officers said.\n\n' +
      'The arrest comes weeks after another player was held after a crash on the coast road. Marchetti captained the side to promotion last spring.',
  });

  // Loose joins, no second looks and no merges, so the join itself decides whether the reports stay apart.
  const run = (nameConflictMargin: number) => {
    const c = createStoryClusterer(undefined, { joinLong: 0.05, joinShort: 0.05, mergeThreshold: 2, recheckAfter: [], nameConflictMargin });
    for (const d of [...first, other]) c.add(d);
    return c;
  };

  it('keeps out a report leading with a name the story never mentions, on a close call', () => {
    const c = run(20);
    assert.equal(c.storyOf('a1'), c.storyOf('a2'), 'the same lead name joins');
    assert.notEqual(c.storyOf('b1'), c.storyOf('a1'));
    const off = run(0);
    assert.equal(off.storyOf('b1'), off.storyOf('a1'), 'what the test above rests on');
  });

  it('lets a clear match join whatever its lead name', () => {
    const c = run(1.0001);
    assert.equal(c.storyOf('b1'), c.storyOf('a1'));
  });
});
