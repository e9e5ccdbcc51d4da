import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMachineDate, findHumanDate, type DateBounds } from './date-strings.ts';
import { urlDate } from './find-dates.ts';

const b: DateBounds = { minYear: 1995, now: new Date('2025-01-01T00:00:00Z'), dayFirst: true };
const us: DateBounds = { ...b, dayFirst: false };

describe('parseMachineDate', () => {
  it('keeps the day as the page wrote it, with its own offset', () => {
    assert.equal(parseMachineDate('2019-11-16T23:30:00-05:00', b), '2019-11-16T23:30:00-05:00');
    assert.equal(parseMachineDate('2019-11-16T04:10:00.000Z', b), '2019-11-16T04:10:00Z');
    assert.equal(parseMachineDate('2019-11-16', b), '2019-11-16');
  });
  it('reads compact forms, epoch seconds and milliseconds', () => {
    assert.equal(parseMachineDate('20191116', b), '2019-11-16');
    assert.equal(parseMachineDate('1573900000', b), '2019-11-16');
    assert.equal(parseMachineDate('1573900000000', b), '2019-11-16');
  });
  it('reads slashed software dates month first whatever the page language', () => {
    assert.equal(parseMachineDate('11/01/2023 12:43:42', b), '2023-11-01');
  });
  it('refuses impossible and future dates', () => {
    assert.equal(parseMachineDate('2019-02-30', b), null);
    assert.equal(parseMachineDate('2031-01-01', b), null);
    assert.equal(parseMachineDate('0001-01-01T00:00:00Z', b), null);
  });
  it('round-trips every valid day in the ISO form (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1996-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }), (d) => {
      const day = d.toISOString().slice(0, 10);
      assert.equal(parseMachineDate(day, b), day);
      assert.equal(parseMachineDate(day.replace(/-/g, ''), b), day);
    }));
  });
});

describe('findHumanDate', () => {
  it('reads dates written out in several languages', () => {
    assert.equal(findHumanDate('Published Nov. 16, 2019 at 3:04 PM', us)?.date, '2019-11-16');
    assert.equal(findHumanDate('Veröffentlicht am 16. November 2019', b)?.date, '2019-11-16');
    assert.equal(findHumanDate('Publicado el 16 de noviembre de 2019', b)?.date, '2019-11-16');
    assert.equal(findHumanDate('Mis à jour le 3 février 2020', b)?.date, '2020-02-03');
    assert.equal(findHumanDate('Aggiornato il 5 marzo 2021', b)?.date, '2021-03-05');
    assert.equal(findHumanDate('2019年11月16日 10:00', b)?.date, '2019-11-16');
  });
  it('reads numeric dates day first with dots, by the page habit with slashes', () => {
    assert.equal(findHumanDate('Stand: 25.01.2022', b)?.date, '2022-01-25');
    assert.equal(findHumanDate('03/04/2019', b)?.date, '2019-04-03');
    assert.equal(findHumanDate('03/04/2019', us)?.date, '2019-03-04');
    assert.equal(findHumanDate('13/04/2019', us)?.date, '2019-04-13');
  });
  it('says where the date stands in the text', () => {
    const s = 'By Ann Lee | March 3, 2022';
    const f = findHumanDate(s, us)!;
    assert.equal(s.slice(f.index, f.index + f.length), 'March 3, 2022');
  });
  it('finds nothing in text without a date', () => {
    assert.equal(findHumanDate('The council met 14 times in 2019 and voted on 300 items.', b), null);
  });
});

describe('urlDate', () => {
  it('reads the date a URL path carries', () => {
    assert.equal(urlDate('https://news.example/2019/11/16/story-slug/', b), '2019-11-16');
    assert.equal(urlDate('https://news.example/world/2019-11-16-story', b), '2019-11-16');
    assert.equal(urlDate('https://news.example/meldungen/29-10-2021', b), '2021-10-29');
  });
  it('ignores month-only paths and web-archive capture stamps', () => {
    assert.equal(urlDate('https://blog.example/2019/10/some-post/', b), null);
    assert.equal(urlDate('https://web.archive.org/web/20171008220355/http://blog.example/essays/2017/01/post', b), null);
  });
});
