import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { clean } from '../index.ts';
import { readPlainText } from './read-plain-text.ts';
import { resolveCleanOptions } from '../defaults.ts';
import type { RawArticle } from '../../../core/index.ts';

const FIXTURES = new URL('../../../../test/fixtures/clean/', import.meta.url);
const NOW = new Date('2025-06-30T12:00:00Z');
const raw = (text: string): RawArticle => ({ path: 'x.txt', format: 'text', sourceId: null, url: null, title: null, text, html: null, published: null, outlet: null, meta: {} });

interface Expected {
  title?: string; subtitle?: string; byline?: string; outlet?: string; wire?: string[]; language?: string;
  subheads?: string[]; paragraphCount?: number; firstParagraphStartsWith?: string; boilerplateReasons?: string[];
  published?: { date?: string | null; earliest?: string; latest?: string }; rejectedReasonMatches?: string; basisMatches?: string;
}

describe('readPlainText on news-style fixtures (test/fixtures/clean)', () => {
  for (const dir of readdirSync(FIXTURES).filter((d) => /^\d{3}-/.test(d)).sort()) {
    it(`reads ${dir} as expected`, () => {
      const text = readFileSync(new URL(`${dir}/input.txt`, FIXTURES), 'utf8');
      const want = JSON.parse(readFileSync(new URL(`${dir}/expected.json`, FIXTURES), 'utf8')) as Expected;
      const doc = clean(raw(text), { now: NOW });
      const para = (i: number) => text.slice(doc.paragraphs[i]!.start, doc.paragraphs[i]!.end);
      if (want.title !== undefined) assert.equal(doc.title, want.title);
      if (want.subtitle !== undefined) assert.equal(doc.subtitle, want.subtitle);
      if (want.byline !== undefined) assert.equal(doc.byline, want.byline);
      if (want.outlet !== undefined) assert.equal(doc.outlet, want.outlet);
      if (want.wire !== undefined) assert.deepEqual(doc.wire, want.wire);
      if (want.language !== undefined) assert.equal(doc.language, want.language);
      if (want.paragraphCount !== undefined) assert.equal(doc.paragraphs.length, want.paragraphCount, doc.body);
      if (want.firstParagraphStartsWith !== undefined) assert.ok(para(0).startsWith(want.firstParagraphStartsWith), para(0));
      if (want.subheads) assert.deepEqual((doc.subheads ?? []).map((s) => text.slice(s.start, s.end)), want.subheads);
      for (const reason of want.boilerplateReasons ?? []) assert.ok(doc.boilerplate.some((b) => b.reason === reason), `no boilerplate "${reason}"`);
      for (const [k, v] of Object.entries(want.published ?? {})) assert.equal(doc.published[k as 'date'], v, `published.${k}`);
      if (want.rejectedReasonMatches) assert.ok(doc.rejectedDates.some((r) => r.reason.includes(want.rejectedReasonMatches!)), JSON.stringify(doc.rejectedDates));
      if (want.basisMatches) assert.match(doc.published.basis, new RegExp(want.basisMatches));
    });
  }
});

describe('readPlainText', () => {
  const opts = resolveCleanOptions({ now: NOW });

  it('finds a headline behind a bullet and after a timestamp line, leaving the bullet as boilerplate', () => {
    const text = 'Mar 02, 2021 08:05 UTC\n  • Drought forces water rationing in Cape Town suburbs\n\nResidents of several suburbs will face scheduled water cuts from next week, the city said, as dam levels fell to their lowest in four years.\n';
    const r = readPlainText(text, raw(text), opts);
    assert.equal(r.title, 'Drought forces water rationing in Cape Town suburbs');
    assert.ok(r.boilerplate.some((b) => b.reason === 'bullet before the headline' && text.slice(b.range.start, b.range.end).trim() === '•'));
    assert.deepEqual(r.dateCandidates.map((c) => [c.date, c.source]), [['2021-03-02', 'dateline']]);
  });

  it('reads a wire dateline at the start of the lede, keeps it out of the paragraph and credits the agency', () => {
    const text = 'Kenya lifts curfew in coastal county\n\nMOMBASA, Kenya (AP) — Authorities on Friday lifted a night curfew imposed in the coastal county after weeks of clashes, the interior ministry said.\n';
    const r = readPlainText(text, raw(text), opts);
    assert.deepEqual(r.wire, ['Associated Press']);
    assert.ok(text.slice(r.paragraphs[0]!.start).startsWith('Authorities on Friday'));
    assert.ok(r.boilerplate.some((b) => b.reason === 'dateline' && text.slice(b.range.start, b.range.end).startsWith('MOMBASA')));
  });

  it('reads credits that run straight into the lede ("(CNN)The ...", "New Delhi, Nov 16 (PTI) The ...")', () => {
    const pti = 'Rail fares to rise from April\n\nNew Delhi, Nov 16 (PTI) The railways will raise fares on long-distance trains from April, the ministry said on Saturday.\n';
    const r = readPlainText(pti, raw(pti), opts);
    assert.deepEqual(r.wire, ['Press Trust of India']);
    assert.ok(pti.slice(r.paragraphs[0]!.start).startsWith('The railways'));
    const cnn = 'Senate passes stopgap bill\n\n(CNN)The Senate passed a stopgap spending bill late on Thursday, averting a government shutdown hours before the deadline.\n';
    const c = readPlainText(cnn, raw(cnn), opts);
    assert.ok(cnn.slice(c.paragraphs[0]!.start).startsWith('The Senate passed'));
    assert.deepEqual(c.wire, []);
  });

  it('tells an updated stamp from the published one and drops page-relative times and photo credits', () => {
    const text = [
      'Europa probe confirms water vapour plumes', 'Last modified on Thu 14 Nov 2019 13.05 GMT', '3 hours ago',
      'Image source, Getty Images', 'Astronomers have confirmed water vapour above the surface of Europa for the first time, using observations from a telescope in Hawaii, the team said.',
    ].join('\n\n');
    const r = readPlainText(text, raw(text), opts);
    assert.deepEqual(r.dateCandidates.map((c) => [c.date, c.kind]), [['2019-11-14', 'modified']]);
    const reasons = r.boilerplate.map((b) => b.reason);
    assert.ok(reasons.includes('relative timestamp (page-relative, no date)'));
    assert.ok(reasons.includes('photo caption or credit'));
    assert.equal(r.paragraphs.length, 1);
  });

  it('takes the headline from the text when it repeats the record\'s title (site name added), else keeps every line as body', () => {
    const text = 'Wildfire forces evacuations near Athens\n\nFirefighters battled a wildfire north of Athens on Tuesday as strong winds pushed the flames towards villages, officials said.\n';
    const withTitle = (title: string) => readPlainText(text, { ...raw(text), title }, opts);
    assert.equal(withTitle('Wildfire forces evacuations near Athens | Daily Courier').title, 'Wildfire forces evacuations near Athens');
    const other = withTitle('Greece battles blazes');
    assert.equal(other.title, null);
    assert.equal(other.paragraphs.length, 2);
  });

  it('does not take an agency mentioned in running prose as a wire credit', () => {
    const text = 'Minister resigns over housing scandal\n\nThe housing minister resigned on Tuesday, two days after documents seen by Reuters showed her office had fast-tracked permits for a donor.\n';
    assert.deepEqual(readPlainText(text, raw(text), opts).wire, []);
  });

  it('tells a section label run together apart from a headline with brand names', () => {
    const text = 'PoliticsEuropeUkraineWorld\n\nBlackRock and SoftBank back YouTube rival in funding round\n\nThe video platform raised $300 million in a round led by the two investors, the company said on Monday, valuing it at about $2 billion.\n';
    const r = readPlainText(text, raw(text), opts);
    assert.equal(r.title, 'BlackRock and SoftBank back YouTube rival in funding round');
    assert.equal(r.boilerplate[0]!.reason, 'breadcrumb run together into one word');
  });

  it('keeps every boilerplate and paragraph range inside the text and apart from each other, on any input', () => {
    const piece = fc.constantFrom('Back to top button', '| Welcome to Example News', 'By Jane Roe | Reuters', 'Sunday, November 17, 2024', 'Jun 09, 2022 11:18 UTC',
      'WASHINGTON (Reuters) - The Senate passed the bill on Thursday after a long debate over spending.', 'Read more: Other story here', '  • A headline about something',
      'Reuters with additional input by News Desk', 'A short line', 'HomeNewsWorldAsia', '© 2020 Example Media', 'The vote was close, officials said late on Wednesday night.', '');
    const doc = fc.array(fc.oneof(piece, fc.string({ maxLength: 80 })), { maxLength: 25 }).chain((parts) => fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => parts.join(sep)));
    fc.assert(fc.property(doc, (text) => {
      const r = readPlainText(text, raw(text), opts);
      const ranges = [...r.paragraphs, ...r.boilerplate.map((b) => b.range), ...(r.titleRange ? [r.titleRange] : [])].sort((a, b) => a.start - b.start);
      for (const x of ranges) assert.ok(0 <= x.start && x.start < x.end && x.end <= text.length, JSON.stringify(x));
      for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i - 1]!.end <= ranges[i]!.start, `overlap ${JSON.stringify(ranges[i - 1])} ${JSON.stringify(ranges[i])}`);
    }), { numRuns: 300 });
  });
});
