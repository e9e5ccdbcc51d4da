import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../../../test/fixtures/reuse/article-from-text.ts';
import { findTimes } from '../time/index.ts';
import { findTriggers } from './find.ts';
import { buildEvents } from './index.ts';

const triggersOf = (text: string, titleLines = 0) => {
  const doc = articleFromText(text, { titleLines });
  return findTriggers(doc).map((h) => `${h.type}:${doc.text.slice(h.start, h.end)}`);
};

const eventTypes = (text: string, published = '2021-10-28') => {
  const doc = articleFromText(text, { published });
  return buildEvents([doc], { entities: [], times: findTimes(doc), quotes: [] }).events.map((e) => e.type).sort();
};

describe('findTriggers', () => {
  it('does not read a participle describing a noun as a happening', () => {
    const found = triggersOf('Police found the abducted boy unharmed in a motel. The wounded officers were treated at the scene.');
    assert.ok(!found.includes('kidnapping:abducted'), found.join());
    assert.ok(!found.includes('injury:wounded'), found.join());
    assert.ok(triggersOf('Gunmen abducted the boy outside his school.').includes('kidnapping:abducted'));
  });

  it('skips links to other stories left in the body, but reads the headline', () => {
    const text = 'Troops Withdraw From Border Town\n\nSoldiers withdrew from the town on Monday.\n\nMan Arrested After Warehouse Fire Kills Two\n\nResidents returned home.';
    const found = triggersOf(text, 1);
    assert.ok(!found.some((t) => t.startsWith('arrest:')), found.join());
    assert.ok(found.includes('travel:returned'));
  });
});

describe('undated noun triggers', () => {
  it('are not new events when they refer back or speak in general ("the deal", "any deal")', () => {
    const text = 'The two companies signed a merger agreement on Tuesday. Analysts said the deal would face scrutiny. Any deal of this size needs approval.';
    const doc = articleFromText(text, { published: '2021-10-28' });
    const deals = buildEvents([doc], { entities: [], times: findTimes(doc), quotes: [] }).events.filter((e) => e.type === 'deal');
    assert.equal(deals.length, 1);
    // Only the signing is evidence: the later sentences mention the deal without reporting a new happening.
    assert.deepEqual(deals[0]!.evidence.map((s) => doc.text.slice(s.start, s.end)), ['The two companies signed a merger agreement on Tuesday.']);
  });

  it('still count when they introduce a happening ("a helicopter crash")', () => {
    assert.ok(eventTypes('Two soldiers were hurt in a helicopter crash near the base.').includes('crash'));
  });
});

describe('dated statements', () => {
  it('are dated by a time next to the speech verb, not by one inside what was said', () => {
    assert.ok(eventTypes('The minister said on Tuesday that the plant would stay open.').includes('statement'));
    assert.ok(!eventTypes('The minister said that the plant had stayed open in October.').includes('statement'));
  });
});

describe('events on bad input', () => {
  it('finish on long text without punctuation, citing spans inside the text', () => {
    const text = 'protesters marched on the ministry on monday and police arrested dozens of them while officials said talks would resume '.repeat(300);
    const doc = articleFromText(text, { published: '2021-10-28' });
    const { events } = buildEvents([doc], { entities: [], times: findTimes(doc), quotes: [] });
    assert.ok(events.length > 0);
    for (const e of events) for (const s of e.evidence) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
  });
});

