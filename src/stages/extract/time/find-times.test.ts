import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Published } from '../../../core/index.ts';
import { articleFromText } from '../../../../test/fixtures/reuse/article-from-text.ts';
import { findTimes } from './index.ts';

const times = (text: string, published?: string | Published) => findTimes(articleFromText(text, published ? { published } : {}));
const one = (text: string, needle: string, published?: string | Published) => {
  const found = times(text, published).find((t) => t.text.includes(needle));
  assert.ok(found, `no time expression with "${needle}" in: ${text}`);
  return found;
};

describe('findTimes', () => {
  it('puts a weekday in a past-tense sentence on the latest such day on or before the document date', () => {
    // 2022-05-27 is a Friday.
    assert.equal(one('The council voted on Thursday to extend the mandate.', 'Thursday', '2022-05-27').value, '2022-05-26');
    assert.equal(one('The envoy said on Friday that talks had stalled.', 'Friday', '2022-05-27').value, '2022-05-27');
    assert.equal(one('Protesters marched through the capital on Saturday.', 'Saturday', '2022-05-27').value, '2022-05-21');
  });

  it('puts a weekday in a future-tense sentence on the next such day', () => {
    assert.equal(one('The assembly will meet on Monday to debate the draft.', 'Monday', '2022-05-27').value, '2022-05-30');
    assert.equal(one('Ministers are scheduled to meet Tuesday in Brussels.', 'Tuesday', '2022-05-27').value, '2022-05-31');
  });

  it('gives a weekday the set of days it can be when the document date is an interval', () => {
    const published: Published = { date: null, earliest: '2022-05-26', latest: '2022-06-01', confidence: 0.4, basis: 'test' };
    const thursday = one('The council voted on Thursday.', 'Thursday', published);
    assert.equal(thursday.value, '2022-05-26'); // every day in the interval sees the same latest Thursday
    const friday = one('The envoy spoke on Friday.', 'Friday', published);
    assert.equal(friday.value, null); // 20 May (published on the 26th) or 27 May
    assert.equal(friday.earliest, '2022-05-20');
    assert.equal(friday.latest, '2022-05-27');
    const month = one('Last month the regulator fined the bank.', 'Last month', published);
    assert.equal(month.value, null); // April or May
    assert.deepEqual([month.earliest, month.latest], ['2022-04-01', '2022-05-31']);
  });

  it('resolves relative months, years and parts of weeks', () => {
    const d = '2022-06-09';
    assert.deepEqual(pick(one('Last month, the two countries vetoed the draft.', 'Last month', d)), ['date', '2022-05', '2022-05-01', '2022-05-31']);
    assert.deepEqual(pick(one('The North has ramped up its launches this year.', 'this year', d)), ['date', '2022', '2022-01-01', '2022-12-31']);
    const week = one('It fired eight missiles toward the sea earlier this week.', 'earlier this week', d);
    assert.equal(week.value, '2022-W23');
    assert.deepEqual([week.earliest, week.latest], ['2022-06-06', '2022-06-09']);
  });

  it('reads "the past 16 years" as a duration covering the years before the document date', () => {
    const t = one('During the past 16 years, the council has steadily ramped up sanctions.', 'past 16 years', '2022-05-27');
    assert.deepEqual(pick(t), ['duration', 'P16Y', '2006-05-27', '2022-05-27']);
  });

  it('reads "since 2017" as the year 2017 opening an interval that runs to the document date', () => {
    const t = one('Since 2017, when the council last stepped up sanctions, both have sought relief.', '2017', '2022-05-27');
    assert.equal(t.text, 'Since 2017');
    assert.deepEqual(pick(t), ['date', '2017', '2017-01-01', '2022-05-27']);
    assert.equal(one('It tested a missile at full range for the first time since 2017.', '2017', '2022-06-09').value, '2017');
  });

  it('dates "Wednesday morning" to the day, as a time of day', () => {
    const t = one('Three of them were fired in less than an hour on Wednesday morning.', 'Wednesday morning', '2022-05-27');
    assert.equal(t.kind, 'time');
    assert.equal(t.earliest, '2022-05-25');
  });

  it('counts "two weeks later" from the last date mentioned', () => {
    const t = one('The talks opened on March 3, 2021. Two weeks later the delegations walked out.', 'Two weeks later', '2021-04-01');
    assert.equal(t.value, '2021-W11');
  });

  it('reads explicit dates in the common formats', () => {
    const d = '2019-11-20';
    assert.equal(one('The deal closed on Nov. 16, 2019 in Hong Kong.', 'Nov', d).value, '2019-11-16');
    assert.equal(one('The ruling, dated 16 November 2019, was published later.', 'November', d).value, '2019-11-16');
    assert.equal(one('Filed 2019-11-16 at the registry.', '2019-11-16', d).value, '2019-11-16');
    assert.equal(one('The form was signed 11/16/2019 by both parties.', '11/16', d).value, '2019-11-16');
    assert.equal(one('Production resumed in February 2019 after the strike.', 'February', d).value, '2019-02');
    assert.equal(one('Sales fell in the third quarter of 2019.', 'quarter', d).value, '2019-Q3');
    assert.equal(one('The minister is currently abroad.', 'currently', d).value, 'PRESENT_REF');
  });

  it('reads "a year earlier" in quarterly results as the year-ago quarter, and over a year as a year', () => {
    const d = '2021-10-28'; // a Thursday; the quarter reported is the third
    const text = 'The bank said third-quarter profit rose to $2.1 billion, or 98 cents a share, from $1.7 billion, or 80 cents a share, a year earlier. '
      + 'For the nine months, profit was $6 billion, up from $5 billion a year earlier.';
    const found = times(text, d).filter((t) => t.text === 'a year earlier');
    assert.deepEqual(found.map((t) => t.value), ['2020-Q3', '2020']);
    assert.equal(one('In the year-ago third quarter, the insurer lost $40 million.', 'year-ago', d).value, '2020-Q3');
  });

  it('sends a date after "until", "effective" or "payable" forward, whatever the verb tense', () => {
    const d = '2021-10-28';
    assert.equal(one('Regulators postponed until Tuesday any decision on the licence.', 'Tuesday', d).value, '2021-11-02');
    assert.equal(one('The dividend is payable Jan. 5 to holders of record.', 'Jan', d).value, '2022-01-05');
    assert.equal(one('Lawyers vowed to challenge Monday\'s ruling, they would appeal.', 'Monday', d).value, '2021-10-25');
  });

  it('does not let "..., officials said" decide the tense of a future clause', () => {
    assert.equal(one('The two leaders will travel to Geneva to meet their counterparts on Monday, officials said.', 'Monday', '2021-10-28').value, '2021-11-01');
  });

  it('reads weekends, year-end, "that day" and decades in words', () => {
    const d = '2021-10-28';
    assert.equal(one('Rescue teams worked through the night over the weekend to reach the miners.', 'weekend', d).value, '2021-W42-WE');
    assert.equal(one('The merger is expected to close by year-end.', 'year-end', d).value, '2021');
    assert.equal(one('Sales for the full year rose 4%, the retailer said.', 'full year', d).value, '2021');
    assert.equal(one('The storm struck on Oct. 3. Later that day, the bridge collapsed.', 'that day', d).value, '2021-10-03');
    assert.equal(one('Crime fell steadily through the nineties.', 'nineties', d).value, '199');
    assert.equal(one('Turnout was lower than expected over the summer.', 'summer', d).value, '2021-SU');
    assert.ok(!times('Prices may fall in the coming days.', d).some((t) => t.text.includes('fall')));
    assert.equal(one('The suspect will appear before a judge at midday.', 'midday', d).value, '2021-10-28T12:00');
    assert.ok(!times('The midday meal was cancelled.', d).length);
    assert.equal(one('In London at mid-afternoon yesterday, the shares were up 2 pence.', 'afternoon', d).value, '2021-10-27TAF');
  });

  it('reads the tense of a clause through passives, intentions and words that only look past', () => {
    const d = '2021-10-28';
    // "will be appointed": the participle belongs to the future auxiliary.
    assert.equal(one('The envoy will be appointed head of the delegation in February.', 'February', d).value, '2022-02');
    // An agreement to buy looks ahead.
    assert.equal(one('The insurer signed a deal to buy a rival broker in January.', 'January', d).value, '2022-01');
    // "succeed" is no past form, "next to" no future cue, "a yet undisclosed date" no past verb.
    assert.equal(one('A new coach will succeed him Feb. 1, before the season opens.', 'Feb', d).value, '2022-02-01');
    assert.equal(one('A water main burst next to the town hall on Friday.', 'Friday', d).value, '2021-10-22');
    assert.equal(one('The rebate would be mailed on a yet undisclosed date in March.', 'March', d).value, '2022-03');
    // An irregular past verb ("brought") holds its clause in the past against a later "will".
    assert.equal(one('In January, the club brought in a new manager, who will also coach the youth side.', 'January', d).value, '2021-01');
    // "would have" + participle is a past conditional, not a future.
    assert.equal(one('The proposed fine would have doubled the penalty for a chemical spill Wednesday.', 'Wednesday', '2021-10-29').value, '2021-10-27');
    // A participle modifying a noun ("towns spared by") does not decide the tense.
    assert.equal(one('The carrier will add bus routes by August to serve towns spared by the flood.', 'August', '2021-02-10').value, '2021-08');
  });

  it('takes a quarter just ended as the one spoken of, even in the future tense', () => {
    const d = '2021-10-28';
    assert.equal(one('The miner expects to post weaker third-quarter earnings next week.', 'third-quarter', d).value, '2021-Q3');
    assert.equal(one('The chain said it would open two stores in the second quarter.', 'second quarter', d).value, '2022-Q2');
    const text = 'The insurer reported a third-quarter loss of $12 million. This quarter\'s results were hit by a $4 million writedown.';
    assert.equal(one(text, 'This quarter', d).value, '2021-Q3');
  });

  it('reads "last year" and "a year earlier" beside money figures as the year-ago quarter once a quarter is in focus', () => {
    const d = '2021-10-28';
    const text = 'The retailer posted a third-quarter profit of $40 million. Revenue fell to $510 million from $530 million a year earlier. '
      + 'A loss of $2 million was booked last year.';
    const found = times(text, d).filter((t) => /year earlier|last year/.test(t.text));
    assert.deepEqual(found.map((t) => t.value), ['2020-Q3', '2020-Q3']);
  });

  it('resolves "that year", "the following month", "until then" and a bare clock time against the date last named', () => {
    const d = '2021-10-28';
    assert.equal(one('The band split in June 2015 and reunited later that year.', 'that year', d).value, '2015');
    assert.equal(one('In March, the board rejected the bid. The following month, it hired advisers to find a buyer.', 'following month', d).value, '2021-04');
    assert.equal(one('The offer runs to Nov. 30. Until then, holders may tender their shares.', 'then', d).value, '2021-11-30');
    assert.equal(one('The polls closed on Oct. 3. Results were announced at 11 p.m. in the capital.', '11 p.m.', d).value, '2021-10-03T23:00');
    // "a year earlier" after a year named counts from that year, but does not chain from another comparison.
    assert.equal(one('The festival drew 40,000 visitors in 2019, and ticket prices rose that year.', 'that year', d).value, '2019');
  });

  it('reads month names with a relative year, a leading "last", a year in words, or in front of a noun', () => {
    const d = '2021-10-28';
    assert.equal(one('The factory reopened in August last year after a refit.', 'August', d).value, '2020-08');
    assert.equal(one('The bridge was closed last Nov. 4 for repairs.', 'Nov', '2022-04-19').value, '2021-11-04');
    assert.equal(one('The trial is set to open the week of March 13.', 'week of', '2023-02-24').value, '2023-W11');
    assert.equal(one('It was January nineteen ninety-eight when the line finally opened.', 'January', d).value, '1998-01');
    assert.equal(one('Snowfall matched the winter of nineteen eighty-seven.', 'winter', d).value, '1987-WI');
    assert.equal(one('The April handover will let the two agencies merge.', 'April', '2021-02-10').value, '2021-04');
    assert.equal(one('The union is bound by a September accord with the employers.', 'September', d).value, '2021-09');
    assert.ok(!times('The March on the capital drew thousands.', d).some((t) => t.text.includes('March')));
  });

  it('gives vague stretches of the recent past and near future TimeML references', () => {
    const d = '2021-10-28';
    assert.equal(one('The town was a busy fishing port several years ago.', 'several years ago', d).value, 'PAST_REF');
    assert.equal(one('Rents have climbed over the last few months.', 'last few months', d).value, 'PAST_REF');
    assert.equal(one('More layoffs are likely in coming months.', 'coming months', d).value, 'FUTURE_REF');
    assert.equal(one('Shelling has intensified in recent days.', 'recent days', d).value, 'PAST_REF');
    assert.equal(one('The minister blamed recent storms for the price rise.', 'recent', d).value, 'PAST_REF');
    assert.equal(one('The land was sold at the then current rate.', 'then current', d).value, 'PAST_REF');
    assert.deepEqual(pick(one('The plant will close within the next two years.', 'next two years', d)), ['duration', 'P2Y', '2021-10-28', '2023-10-28']);
  });

  it('does not take fractions for quarters of a year', () => {
    const found = times('About three-quarters of voters backed the plan, and more than a quarter of the vote went to him.', '2021-10-28');
    assert.deepEqual(found.map((t) => t.text), []);
    assert.equal(one('The retailer has posted several quarters of losses.', 'quarters', '2021-10-28').kind, 'duration');
    assert.equal(one('Profit fell in the third quarter. It earned $3 million in the 2020 quarter.', '2020 quarter', '2021-10-28').value, '2020-Q3');
  });

  it('does not make a date of 31 February', () => {
    const found = times('The memo was dated February 31, 2019 by mistake.', '2019-11-20');
    assert.ok(!found.some((t) => t.value === '2019-02-31' || t.value === '2019-03-03'));
  });

  it('does not take "May" the verb or a surname for a month', () => {
    assert.ok(!times('Officials may meet again. Theresa May spoke.', '2019-11-20').some((t) => /May/.test(t.text)));
  });

  it('finishes on long text without punctuation and keeps every span on its words', () => {
    const text = `${'the council met on thursday and the envoy said on friday that talks would resume next week '.repeat(400)}`;
    const found = times(text, '2022-05-27');
    assert.ok(found.length > 0);
    for (const t of found) assert.equal(text.slice(t.span.start, t.span.end), t.text);
  });

  it('never throws and always cites its own words, whatever the text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const text = `On Thursday ${s} last month 3 March 2020 ${s}`;
      for (const t of times(text, '2022-05-27')) assert.equal(text.slice(t.span.start, t.span.end), t.text);
    }), { numRuns: 200 });
  });
});

function pick(t: { kind: string; value: string | null; earliest: string | null; latest: string | null }) {
  return [t.kind, t.value, t.earliest, t.latest];
}
