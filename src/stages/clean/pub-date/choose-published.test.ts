import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { choosePublished } from './choose-published.ts';
import { resolveCleanOptions } from '../defaults.ts';
import type { DateCandidate, Range } from '../reading.ts';

const opts = resolveCleanOptions({ now: new Date('2025-06-30T12:00:00Z') });
const paras = (text: string): Range[] => [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

describe('choosePublished', () => {
  it('prefers structured metadata and counts agreeing sources', () => {
    const c: DateCandidate[] = [
      { date: '2019-11-16T10:00:00Z', source: 'jsonld' }, { date: '2019/11/16', source: 'url' }, { date: '2019-11-15', source: 'visible' },
    ];
    const { published, rejected } = choosePublished(c, '', opts);
    assert.equal(published.date, '2019-11-16');
    assert.ok(published.confidence > 0.9);
    assert.deepEqual(rejected, []);
  });

  it('rejects a date after now and an updated date when the original is known, saying why', () => {
    const c: DateCandidate[] = [
      { date: '2031-01-01', source: 'meta' }, { date: '2019-11-18', source: 'meta', kind: 'modified' }, { date: '2019-11-16', source: 'meta' },
    ];
    const { published, rejected } = choosePublished(c, '', opts);
    assert.equal(published.date, '2019-11-16');
    assert.deepEqual(rejected.map((r) => r.date), ['2031-01-01', '2019-11-18']);
    assert.match(rejected[0]!.reason, /after the moment of analysis/);
    assert.match(rejected[1]!.reason, /updated\/modified/);
  });

  it('uses an updated date alone as an upper bound with low confidence', () => {
    const { published } = choosePublished([{ date: '2020-02-02', source: 'byline', kind: 'modified' }], '', opts);
    assert.equal(published.latest, '2020-02-02');
    assert.ok(published.confidence < 0.5);
  });

  it('rejects placeholder metadata from before the web', () => {
    const { published, rejected } = choosePublished([{ date: '1970-01-01', source: 'meta' }], '', opts);
    assert.equal(published.date, null);
    assert.match(rejected[0]!.reason, /placeholder/);
  });

  it('keeps a page-header date close to the events, and rejects one years after them as the scrape day', () => {
    const text = 'The bridge, closed since 2021, reopened on Monday.';
    const near = choosePublished([{ date: '2022-04-05', source: 'header' }], text, opts, paras(text));
    assert.equal(near.published.date, '2022-04-05');
    assert.ok(near.published.confidence < 0.5);
    const far = choosePublished([{ date: '2025-04-05', source: 'header', range: { start: 0, end: 0 } }], text, opts, paras(text));
    assert.equal(far.published.date, null);
    assert.deepEqual([far.published.earliest, far.published.latest], ['2021-01-01', '2025-04-05']);
    assert.match(far.rejected[0]!.reason, /4 years after the latest year the article mentions \(2021\)/);
  });

  it('rejects a page-header date that is before events the body reports', () => {
    const text = 'The stadium, which reopened in 2021 after repairs, was closed again on Sunday.';
    const { published, rejected } = choosePublished([{ date: '2019-06-01', source: 'header' }], text, opts, paras(text));
    assert.equal(published.date, null);
    assert.equal(published.earliest, '2021-01-01');
    assert.match(rejected[0]!.reason, /before events the article reports in 2021/);
  });

  it('rejects a header date that contradicts the article\'s own dateline', () => {
    const { published, rejected } = choosePublished([{ date: '2023-05-02', source: 'header' }, { date: '2023-04-28', source: 'dateline' }], '', opts);
    assert.equal(published.date, '2023-04-28');
    assert.match(rejected[0]!.reason, /differs from the article's own date/);
  });

  it('narrows the interval to a year with "last year" naming a year, and never invents a day', () => {
    const text = 'Exports fell 4% in 2022, last year, the ministry said on Tuesday.';
    const { published } = choosePublished([], text, opts, paras(text));
    assert.deepEqual([published.date, published.earliest, published.latest], [null, '2023-01-01', '2023-12-31']);
  });

  it('ignores years in sentences about plans', () => {
    const text = 'The line will open in 2027, the operator said on Friday.';
    const { published } = choosePublished([], text, opts, paras(text));
    assert.deepEqual([published.date, published.earliest, published.latest], [null, null, null]);
    assert.match(published.basis, /no date evidence.*on Friday/);
  });

  it('gives a month interval for a URL that states only the month', () => {
    const { published } = choosePublished([{ date: '2019-11', source: 'url' }], '', opts);
    assert.deepEqual([published.date, published.earliest, published.latest], [null, '2019-11-01', '2019-11-30']);
  });
});
