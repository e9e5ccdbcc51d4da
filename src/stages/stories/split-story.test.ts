/**
 * Keeping two events of the same kind apart: a story that took in reports of a second, similar event is
 * split along the line between the two, and the split is not undone by a merge; a story of headlines and
 * articles of one event stays whole. Text written for these
 * tests: two strikes at one invented airline, months apart, by different staff, unions and leaders.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createStoryClusterer } from './index.ts';
import { makeArticle } from '../../../test/fixtures/stories/article.ts';
import type { Article } from '../../core/index.ts';

const SHARED = [
  'Norwind Air said it regretted the disruption and apologised to passengers.',
  'Passengers were advised to check the airline website before travelling to the airport.',
  'The airline is the second-largest carrier in the region and flies to 40 destinations.',
  'Talks between the airline and the union broke down late on the previous evening.',
];
const PILOTS = [
  'Pilots at Norwind Air began a 48-hour strike on Monday in a dispute over pay.',
  'The Northern Pilots Association said its members had not had a rise since 2019.',
  'Association chair Karen Obi said pilots were asking for an 11 percent increase.',
  'About 340 flights from Oslo and Bergen were cancelled on the first day of the pilots strike.',
  'Obi said the pilots would return to the cockpit once a fair offer was on the table.',
  'The pilots strike is the first at the airline in March for two decades.',
];
const CREW = [
  'Cabin crew at Norwind Air walked out for 24 hours on Friday over new rosters.',
  'The Cabin Crew Union said the rosters left attendants with too little rest between shifts.',
  'Union leader Tomas Lind said crews in Tromso were working six days in a row.',
  'Some 120 flights were cancelled, most of them from Tromso and Bodo.',
  'Lind said the attendants had voted by 87 percent to take action in October.',
  'The cabin crew walkout follows complaints about fatigue on night rosters.',
];

/** Deterministic sampling, so each article tells its event in a different selection of sentences. */
function sampler(seed: number) {
  let s = seed;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return (xs: string[], n: number) => xs.map((x) => [rand(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, x]) => x);
}

function articles(prefix: string, titles: string[], pool: string[], n: number, pick: ReturnType<typeof sampler>): Article[] {
  return Array.from({ length: n }, (_, i) => makeArticle({ id: `${prefix}${i}`, title: titles[i % titles.length]!, text: [...pick(pool, 4), ...pick(SHARED, 2)].join('\n\n') }));
}

/** The first few reports of the first event, then the two events' reports in turn. */
function interleave(a: Article[], b: Article[]): Article[] {
  const out = a.slice(0, 3);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (b[i]) out.push(b[i]!);
    if (a[i + 3]) out.push(a[i + 3]!);
  }
  return out;
}

const groups = (c: ReturnType<typeof createStoryClusterer>) => c.stories().map((s) => [...s.documentIds].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));

describe('keeping two similar events apart', () => {
  const pick = sampler(7);
  const pilots = articles('p', ['Norwind Air pilots strike over pay', 'Pilots walk out at Norwind Air'], PILOTS, 10, pick);
  const crew = articles('c', ['Norwind Air cabin crew strike over rosters', 'Cabin crew walk out at Norwind Air'], CREW, 10, pick);
  const stream = interleave(pilots, crew);

  it('splits a story that took in a second strike at the same airline, and keeps the two apart', () => {
    const c = createStoryClusterer();
    for (const d of stream) c.add(d);
    assert.deepEqual(groups(c), [crew.map((d) => d.id).sort(), pilots.map((d) => d.id).sort()]);
    const split = c.maintenance().filter((m) => m.kind === 'split');
    assert.equal(split.length, 1);
    assert.ok(!c.maintenance().some((m) => m.kind === 'merge' && [m.from, m.into].sort().join() === [split[0]!.from, split[0]!.into].sort().join()), 'the split is not merged back');
  });

  it('leaves them in one story when the relative split test is off (what the test above rests on)', () => {
    const c = createStoryClusterer(undefined, { splitRatio: 0 });
    for (const d of stream) c.add(d);
    assert.equal(c.stories().length, 1);
  });

  it('does not split headlines from articles of the same event', () => {
    const heads = ['Norwind Air pilots strike over pay', 'Pilots strike grounds Norwind Air flights', 'Norwind Air pilots walk out in pay dispute', 'Pay strike by Norwind Air pilots enters second day']
      .flatMap((t, i) => [makeArticle({ id: `h${i}a`, title: t, text: '' }), makeArticle({ id: `h${i}b`, title: t + ', union says', text: '' })]);
    const c = createStoryClusterer();
    for (const d of interleave(pilots, heads)) c.add(d);
    const ofPilots = new Set(pilots.map((d) => c.storyOf(d.id)));
    assert.equal(ofPilots.size, 1);
    assert.ok(!c.maintenance().some((m) => m.kind === 'split'), 'no split');
  });
});
