/**
 * Years in a story's reports: counting them, a story's main year, and when two stories' years keep them apart.
 * Reports written for this test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addYears, countYears, docYears, mainYear, MAX_STORY_YEARS, storiesYearsConflict, yearsConflict, type YearCounts } from './story-years.ts';
import { createStoryClusterer } from './index.ts';
import { makeArticle } from '../../../test/fixtures/stories/article.ts';

const counts = (...members: string[][]): YearCounts => {
  const c: YearCounts = { years: [], dated: 0 };
  for (const m of members) countYears(c, m);
  return c;
};

describe('story years', () => {
  it('reads a document\'s years from its features, strongest first, and nothing else', () => {
    const w = new Map([['@2019', 1], ['@2021', 2.5], ['@45', 3], ['2021', 1], ['@1850', 4]]);
    assert.deepEqual(docYears(w), ['2021', '2019']);
  });

  it('finds a main year only when enough members agree on it', () => {
    assert.equal(mainYear(counts(['2021'], ['2021', '2015'], []), 2), '2021');
    assert.equal(mainYear(counts(['2021']), 2), null, 'one member is not enough');
    assert.equal(mainYear(counts(['2021'], ['2021'], ['2016'], ['2017'], ['2018']), 2), null, 'most dated members say otherwise');
  });

  it('keeps counts exact when members leave, and bounded however many years are mentioned', () => {
    const c = counts(['2021', '2015'], ['2021']);
    countYears(c, ['2021', '2015'], -1);
    assert.deepEqual(c, { years: [['2021', 1]], dated: 1 });
    const many = counts(...Array.from({ length: 40 }, (_, i) => [String(1950 + i)]));
    assert.equal(many.years.length, MAX_STORY_YEARS);
    addYears(c, counts(['2021'], ['2022']));
    assert.deepEqual(c, { years: [['2021', 2], ['2022', 1]], dated: 3 });
  });

  it('sees a conflict when a later year the story never mentions meets a story with a main year', () => {
    const story = counts(['2019'], ['2019', '2012'], ['2019']);
    assert.equal(yearsConflict(['2023'], story, 2), true);
    assert.equal(yearsConflict(['2023', '2019'], story, 2), false, 'it mentions the story\'s year');
    assert.equal(yearsConflict(['2012'], story, 2), false, 'an earlier year may be a look back');
    assert.equal(yearsConflict([], story, 2), false, 'no years, no conflict');
    assert.equal(yearsConflict(['2023'], counts(['2019']), 2), false, 'the story has no main year yet');
  });

  it('keeps two stories apart only when each has a main year the other never mentions', () => {
    const a = counts(['2019'], ['2019']);
    const b = counts(['2023'], ['2023', '2020']);
    assert.equal(storiesYearsConflict(a, b, 2), true);
    assert.equal(storiesYearsConflict(a, counts(['2023'], ['2023', '2019']), 2), false);
    assert.equal(storiesYearsConflict(a, counts(['2023']), 2), false);
  });
});

describe('story years in the clusterer', () => {
  const report = (id: string, year: string, detail: string) => makeArticle({
    id, title: `Flood defences fail as river Tamsin bursts its banks in Harwick`, outlet: `Outlet ${id}`,
    text: `The river Tamsin burst its banks in Harwick on Tuesday, ${year}, flooding the low town after the flood defences failed. ` +
      `Residents of the low town were moved to the school hall, the Harwick council said. ${detail}\n\n` +
      `The council said the flood defences along the Tamsin had been inspected and would be inspected again. Rescue crews used boats in the low town streets.`,
  });
  const early = [report('a1', 'March 3, 2016', 'About 40 homes were flooded.'), report('a2', 'March 3, 2016', 'Forty homes were under water.'), report('a3', 'in March 2016', 'A bridge was closed.')];
  const later = [report('b1', 'November 9, 2022', 'About 200 homes were flooded.'), report('b2', 'November 9, 2022', 'Two hundred homes were under water.'), report('b3', 'in November 2022', 'The new barrier failed.')];

  it('records the years members mention in the story state, and survives a JSON round trip', () => {
    const c = createStoryClusterer(undefined, { yearConflictMembers: 2 });
    for (const d of early) c.add(d);
    const saved = JSON.parse(JSON.stringify(c.state())) as { stories: { years: [string, number][]; dated: number }[] };
    const s = saved.stories.find((x) => x.dated > 0)!;
    assert.deepEqual(s.years[0], ['2016', 3]);
    const resumed = createStoryClusterer(saved, { yearConflictMembers: 2 });
    for (const d of later) resumed.add(d);
    const once = createStoryClusterer(undefined, { yearConflictMembers: 2 });
    for (const d of [...early, ...later]) once.add(d);
    assert.deepEqual(resumed.state(), once.state());
  });

  it('does not merge two stories of the same kind of event that state different years', () => {
    // Strict joins, so each report opens a story and merge checks decide; without years the two events become one.
    const run = (yearConflictMembers: number) => {
      const c = createStoryClusterer(undefined, { joinLong: 0.95, joinShort: 0.95, mergeThreshold: 0.3, recheckAfter: [], yearConflictMembers });
      for (const d of [...early, ...later]) c.add(d);
      return c;
    };
    const apart = run(2);
    assert.equal(apart.storyOf('a1'), apart.storyOf('a3'));
    assert.equal(apart.storyOf('b1'), apart.storyOf('b3'));
    assert.notEqual(apart.storyOf('a1'), apart.storyOf('b1'));
    const off = run(0);
    assert.equal(off.storyOf('a1'), off.storyOf('b1'), 'what the test above rests on');
  });
});
