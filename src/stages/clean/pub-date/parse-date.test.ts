import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDate, findDates, isoOf, daysCovered } from './parse-date.ts';

const iso = (s: string) => { const v = parseDate(s); return v && isoOf(v); };

describe('parseDate', () => {
  it('reads the formats news pages write', () => {
    const cases: [string, string][] = [
      ['Jun 09, 2022 11:18 UTC', '2022-06-09'], ['Sunday, November 17, 2024', '2024-11-17'], ['2019-11-16T23:30:00-05:00', '2019-11-16'],
      ['16 November 2019', '2019-11-16'], ['Nov. 16, 2019', '2019-11-16'], ['11/16/2019', '2019-11-16'], ['16/11/2019', '2019-11-16'],
      ['16.11.2019', '2019-11-16'], ['16. November 2019', '2019-11-16'], ['le 16 novembre 2019', '2019-11-16'], ['16 de noviembre de 2019', '2019-11-16'],
      ['Donnerstag, 14. März 2019, 18:30 Uhr', '2019-03-14'], ['2019/11/16', '2019-11-16'], ['20191116', '2019-11-16'], ['1573900000000', '2019-11-16'],
      ['2019-11', '2019-11'], ['November 2019', '2019-11'], ['Sept. 3rd, 2020', '2020-09-03'],
    ];
    for (const [s, want] of cases) assert.equal(iso(s), want, s);
  });

  it('keeps the day as written in a datetime, without a time-zone shift', () => {
    assert.equal(iso('2019-11-16T23:30:00-05:00'), '2019-11-16');
  });

  it('refuses impossible days and text without a date', () => {
    assert.equal(parseDate('February 30, 2019'), null);
    assert.equal(parseDate('13/13/2019'), null);
    assert.equal(parseDate('on Thursday'), null);
  });

  it('says whether a time and a weekday were written', () => {
    assert.deepEqual(parseDate('Jun 09, 2022 11:18 UTC'), { year: 2022, month: 6, day: 9, hasTime: true, weekday: null });
    assert.equal(parseDate('Sunday, November 17, 2024')!.weekday, 7);
  });
});

describe('findDates', () => {
  it('finds dates in running text with offsets that cut out the words', () => {
    const text = 'The plant closed on March 3, 2019 and reopened on 2020-01-15, officials said.';
    assert.deepEqual(findDates(text).map((d) => text.slice(d.start, d.end)), ['March 3, 2019', '2020-01-15']);
  });

  it('round-trips every valid day written as "Month D, YYYY" and "D Month YYYY"', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const want = d.toISOString().slice(0, 10);
      assert.equal(iso(`${months[m - 1]} ${day}, ${y}`), want);
      assert.equal(iso(`${day} ${months[m - 1]} ${y}`), want);
      assert.deepEqual(daysCovered(parseDate(want)!), [want, want]);
    }));
  });
});
