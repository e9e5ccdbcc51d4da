import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article, Event } from '../../../core/index.ts';
import { articleFromText } from '../../../../test/fixtures/reuse/article-from-text.ts';
import { resolveEntities } from '../entities/index.ts';
import { findQuotes } from '../quotes/index.ts';
import { findTimes } from '../time/index.ts';
import { groupOf } from './lexicon.ts';
import { buildEvents } from './index.ts';

const FIXTURE = new URL('../../../../test/fixtures/extract-time/001-undated-vote-report/', import.meta.url);
const DEMO = new URL('../../../../examples/demo/', import.meta.url);

function run(docs: Article[]) {
  const entities = resolveEntities(docs);
  const quotes = docs.flatMap((d) => findQuotes(d, entities));
  return buildEvents(docs, { entities, times: docs.flatMap((d) => findTimes(d)), quotes });
}

const docsOf = (e: Event) => [...new Set(e.evidence.map((s) => s.documentId))].sort();

describe('buildEvents', () => {
  it('dates an undated report from an event another source dates, and orders the timeline', () => {
    const expected = JSON.parse(readFileSync(new URL('expected.json', FIXTURE), 'utf8'));
    const docs = ['dated.txt', 'undated.txt'].map((name) => articleFromText(readFileSync(new URL(name, FIXTURE), 'utf8'), {
      id: name, titleLines: 1, ...(expected.published[name] ? { published: expected.published[name] } : {}),
    }));
    const { events, publishedRefinements } = run(docs);
    const refined = publishedRefinements['undated.txt'];
    assert.ok(refined, 'the undated report gets a publication interval');
    assert.deepEqual([refined.earliest, refined.latest], [expected.refined['undated.txt'].earliest, expected.refined['undated.txt'].latest]);
    assert.match(refined.basis, /Thursday/);
    const steps = expected.timeline.map((step: { type: string; date: string; documents?: string[] }) => {
      const matches = events.filter((e) => groupOf(e.type) === groupOf(step.type) && e.date.date === step.date);
      assert.equal(matches.length, 1, `one ${step.type} on ${step.date}: ${JSON.stringify(events.map((e) => [e.type, e.date]))}`);
      if (step.documents) assert.deepEqual(docsOf(matches[0]!), step.documents);
      return events.indexOf(matches[0]!);
    });
    assert.deepEqual(steps, [...steps].sort((a: number, b: number) => a - b), 'timeline in time order');
  });

  it('tells the demo story in order: the missile test, the vote, the envoy a day later, the General Assembly session', () => {
    // The dateline of 000 dates it; the other two carry no usable date of their own.
    const docs = [['000_9786de2ed5b644ed.txt', '2022-06-09'], ['002_c203e9f9c1dee30d.txt'], ['004_bdf25112cc025e0b.txt']]
      .map(([name, date]) => articleFromText(readFileSync(new URL(name!, DEMO), 'utf8'), { id: name!.slice(0, 3), ...(date ? { published: date } : {}) }));
    const { events, publishedRefinements } = run(docs);
    const exact = events.flatMap((e) => e.date.date ?? []);
    assert.deepEqual(exact, [...exact].sort(), 'events dated to the day come in time order');

    const votes = events.filter((e) => groupOf(e.type) === 'vote');
    assert.equal(votes.length, 1, 'the vote (and veto) is one event');
    const vote = votes[0]!;
    assert.deepEqual(docsOf(vote), ['000', '002', '004'], 'told by all three sources');
    const test = events.find((e) => groupOf(e.type) === 'test' && docsOf(e).includes('002') && docsOf(e).includes('004'));
    assert.ok(test, 'the missile test, told by two sources');
    const envoy = events.find((e) => e.type === 'statement' && docsOf(e).includes('004') && e.evidence.some((s) => docs[2]!.text.slice(s.start, s.end).includes('on Friday')));
    assert.ok(envoy, "the envoy's remarks on Friday");
    const session = events.find((e) => e.type === 'meeting' && e.date.date === '2022-06-08');
    assert.ok(session, 'the General Assembly session on Wednesday 8 June');
    const order = [test, vote, envoy, session].map((e) => events.indexOf(e!));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
    assert.ok(vote.date.latest! < envoy.date.latest! && envoy.date.latest! < session.date.earliest!);
    // Both undated reports are placed after the vote, before the session.
    for (const id of ['002', '004']) {
      const p = publishedRefinements[id];
      assert.ok(p && p.earliest! >= '2022-05-01' && p.latest! < '2022-06-08', `${id} narrowed: ${JSON.stringify(p)}`);
    }
  });
});
