import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayOf, isoDay, isoWeek, isoWeekStart, isoWeekday, parseIsoDay, ymdOf, addMonthsToDay } from './calendar-day.ts';

const days = fc.integer({ min: dayOf(1600, 1, 1), max: dayOf(2400, 12, 31) });

describe('calendar-day', () => {
  it('round-trips a day through its calendar date and ISO string (property)', () => {
    fc.assert(fc.property(days, (d) => {
      const { year, month, day } = ymdOf(d);
      assert.equal(dayOf(year, month, day), d);
      assert.equal(parseIsoDay(isoDay(d)), d);
    }));
  });

  it('puts every day in the ISO week that starts on its Monday (property)', () => {
    fc.assert(fc.property(days, (d) => {
      const { year, week } = isoWeek(d);
      assert.equal(isoWeekStart(year, week), d - isoWeekday(d) + 1);
      assert.ok(week >= 1 && week <= 53);
    }));
  });

  it('knows real weekdays, week numbers and impossible dates', () => {
    assert.equal(isoWeekday(dayOf(2022, 5, 26)), 4); // a Thursday
    assert.deepEqual(isoWeek(dayOf(2021, 1, 3)), { year: 2020, week: 53 });
    assert.equal(parseIsoDay('2019-02-31'), null);
    assert.equal(parseIsoDay('2020-02-29'), dayOf(2020, 2, 29));
    assert.equal(isoDay(addMonthsToDay(dayOf(2022, 1, 31), 1)), '2022-02-28');
  });
});
