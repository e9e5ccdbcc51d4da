import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeBrief, checkBrief, supportedShare } from './index.ts';
import { compare } from '../compare/index.ts';
import { ferryStory, rateStory } from '../../../test/fixtures/compare/fixture-stories.ts';
import { articleFrom, storyOf, reuseFrom, ExtractionBuilder } from '../../../test/fixtures/compare/story-builder.ts';
import type { Article } from '../../core/index.ts';

function briefOf(f: ReturnType<typeof ferryStory>) {
  const { comparison } = compare({ story: f.story, documents: f.documents, extraction: f.extraction, reuse: f.reuse });
  return writeBrief({ story: f.story, documents: f.documents, extraction: f.extraction, reuse: f.reuse, comparison });
}

function briefFor(docs: Article[], groups: number[][]) {
  const extraction = new ExtractionBuilder(docs).build();
  const reuse = reuseFrom(docs, { groups, passages: [] });
  const story = storyOf(docs);
  const { comparison } = compare({ story, documents: docs, extraction, reuse });
  return writeBrief({ story, documents: docs, extraction, reuse, comparison });
}

const wire = 'GENEVA (AP) - The World Meteorological Organization said on Tuesday that last year was the hottest on record.\n\nGlobal average temperatures were 1.45 degrees Celsius above pre-industrial levels, the agency said.';

describe('writeBrief', () => {
  it('writes five to ten sentences for a story told by several sources', () => {
    for (const f of [ferryStory(), rateStory()]) {
      const n = briefOf(f).sentences.length;
      assert.ok(n >= 5 && n <= 10, `${n} sentences`);
    }
  });

  it('supports every sentence with the spans it cites', () => {
    for (const f of [ferryStory(), rateStory()]) {
      const checks = checkBrief(briefOf(f), f.documents);
      assert.deepEqual(checks.filter((c) => c.unsupported.length > 0 || !c.citationsValid), []);
      assert.equal(supportedShare(checks), 1);
    }
  });

  it('says how many independent sources agree, counting a re-run wire story once', () => {
    const b = briefOf(ferryStory());
    assert.match(b.sentences[0]!.text, /^Two independent sources report: A passenger ferry capsized/);
    assert.equal(new Set(b.sentences[0]!.citations.map((c) => c.documentId)).size, 3);
  });

  it('mentions the disputed number on both sides and what only one source says', () => {
    const text = briefOf(ferryStory()).sentences.map((s) => s.text).join(' ');
    assert.match(text, /37 survivors/);
    assert.match(text, /41 survivors/);
    assert.match(text, /Only East Africa Tribune reports:/);
  });

  it('names the word an outlet changed in copied text', () => {
    const text = briefOf(ferryStory()).sentences.map((s) => s.text).join(' ');
    assert.match(text, /In shared copy, where Reuters writes "overturned", The Lakeshore Daily writes "sank"\./);
  });

  it('says there was nothing to compare for a story of one document', () => {
    const doc = articleFrom({ outlet: 'AP', url: null, published: '2024-01-09', title: null, text: wire }, 'd0');
    const b = briefFor([doc], [[0]]);
    assert.equal(b.sentences.length, 2);
    assert.match(b.sentences[0]!.text, /^The World Meteorological Organization said on Tuesday/);
    assert.equal(b.sentences[1]!.text, 'Only one document covers this story, so there was nothing to compare.');
    assert.equal(supportedShare(checkBrief(b, [doc])), 1);
  });

  it('counts fifty copies of one wire story as one independent source', () => {
    const docs = Array.from({ length: 50 }, (_, i) => articleFrom({ outlet: `Outlet ${i}`, url: null, published: '2024-01-09', title: null, text: wire }, `d${i}`));
    const b = briefFor(docs, [docs.map((_, i) => i)]);
    assert.match(b.sentences.at(-1)!.text, /^All documents carry copy from one source, which counts as one independent source/);
    assert.ok(!b.sentences.some((s) => /independent sources report/.test(s.text)));
  });

  it('says which documents could not be compared because of their language', () => {
    const en = articleFrom({ outlet: 'AP', url: null, published: '2024-01-09', title: null, text: wire }, 'en');
    const en2 = articleFrom({ outlet: 'BBC', url: null, published: '2024-01-09', title: null, text: 'Last year was the hottest on record, the World Meteorological Organization said on Tuesday.\n\nIt said temperatures were 1.45 degrees Celsius above pre-industrial levels.' }, 'en2');
    const de = articleFrom({ outlet: 'DPA', url: null, published: '2024-01-09', language: 'de', title: null, text: 'Das vergangene Jahr war nach Angaben der Weltorganisation für Meteorologie das wärmste seit Beginn der Aufzeichnungen.' }, 'de');
    const b = briefFor([en, en2, de], [[0], [1], [2]]);
    const last = b.sentences.at(-1)!;
    assert.equal(last.text, 'One document is in another language and could not be compared.');
    assert.equal(last.citations[0]!.documentId, 'de');
    assert.equal(supportedShare(checkBrief(b, [en, en2, de])), 1);
  });

  it('cites the speaker along with a quote both sources carry', () => {
    const a = articleFrom({ outlet: 'A', url: null, published: '2024-02-01', title: null, text: 'The mayor defended the curfew at a late-night briefing. "We will not let a few people hold this city hostage," Mayor Ana Ruiz said.' }, 'a');
    const b = articleFrom({ outlet: 'B', url: null, published: '2024-02-01', title: null, text: 'Critics called the order excessive. Ruiz, in office since 2021, was unmoved: "We will not let a few people hold this city hostage."' }, 'b');
    const docs = [a, b];
    const extraction = new ExtractionBuilder(docs).entity('Ana Ruiz', 'person', ['Ana Ruiz', 'Ruiz'])
      .quote(0, 'We will not let a few people hold this city hostage', 'Ana Ruiz', 'Mayor Ana Ruiz')
      .quote(1, 'We will not let a few people hold this city hostage', 'Ana Ruiz', 'Ruiz').build();
    const reuse = reuseFrom(docs, { groups: [[0], [1]], passages: [] });
    const story = storyOf(docs);
    const { comparison } = compare({ story, documents: docs, extraction, reuse });
    const b1 = writeBrief({ story, documents: docs, extraction, reuse, comparison });
    assert.ok(b1.sentences.some((s) => /^Two independent sources report: .*hold this city hostage/.test(s.text)));
    assert.equal(supportedShare(checkBrief(b1, docs)), 1);
  });

  it('names a source with no outlet or web address by its headline, never by a content hash', () => {
    const h1 = 'Port of Valdora reopens after strike';
    const h2 = 'Dockers return to work in Valdora';
    const a = articleFrom({ outlet: null, url: null, published: '2024-03-02', title: h1, text: `${h1}\n\nThe port of Valdora reopened on Friday after a nine-day strike by crane operators ended with a new pay deal.\n\nThe harbour authority estimated losses at 14 million euros during the stoppage.` }, '9f2c4e81d07a3b5566c1e0f4a7d2b3c8');
    const b = articleFrom({ outlet: null, url: null, published: '2024-03-02', title: h2, text: `${h2}\n\nCrane operators ended their nine-day strike and the port of Valdora reopened on Friday under a new pay deal.\n\nUnion leader Marta Quell said members would vote on the full contract in April.` }, '41d8a9e6c2b07f3355aa19d0e8c4b6f2');
    const b1 = briefFor([a, b], [[0], [1]]);
    const text = b1.sentences.map((s) => s.text).join(' ');
    assert.ok(!/[0-9a-f]{12}/.test(text), text);
    assert.match(text, /Only the report “Port of Valdora reopens after strike” reports: The harbour authority estimated losses at 14 million euros/);
    assert.equal(supportedShare(checkBrief(b1, [a, b])), 1);
  });

  it('states two things only one source reports in one sentence, each cited', () => {
    const a = articleFrom({ outlet: 'Valdora Post', url: null, published: '2024-03-02', title: null, text: 'The port of Valdora reopened on Friday after a nine-day strike by crane operators ended with a new pay deal.\n\nThe harbour authority estimated losses at 14 million euros during the stoppage.\n\nThree container ships diverted to Marlow while the cranes stood idle.' }, 'a');
    const b = articleFrom({ outlet: 'Coast Herald', url: null, published: '2024-03-02', title: null, text: 'Crane operators ended their nine-day strike and the port of Valdora reopened on Friday under a new pay deal.\n\nUnion leader Marta Quell said members would vote on the full contract in April.' }, 'b');
    const b1 = briefFor([a, b], [[0], [1]]);
    const both = b1.sentences.find((s) => /^Only Valdora Post reports: .*; and /.test(s.text));
    assert.ok(both, b1.sentences.map((s) => s.text).join('\n'));
    assert.match(both.text, /14 million euros/);
    assert.match(both.text, /; and three container ships diverted to Marlow/);
    assert.equal(new Set(both.citations.map((c) => c.start)).size, 2);
    assert.equal(supportedShare(checkBrief(b1, [a, b])), 1);
  });

  it('says there was nothing to compare when the one other document is in another language', () => {
    const en = articleFrom({ outlet: 'AP', url: null, published: '2024-01-09', title: null, text: wire }, 'en');
    const de = articleFrom({ outlet: 'DPA', url: null, published: '2024-01-09', language: 'de', title: null, text: 'Das vergangene Jahr war nach Angaben der Weltorganisation für Meteorologie das wärmste seit Beginn der Aufzeichnungen.' }, 'de');
    const b = briefFor([en, de], [[0], [1]]);
    const texts = b.sentences.map((s) => s.text);
    assert.ok(!texts.includes('Only one document covers this story, so there was nothing to compare.'), texts.join('\n'));
    assert.ok(texts.includes('Only one document is in this language, so there was nothing to compare it with.'), texts.join('\n'));
    assert.equal(texts.at(-1), 'One document is in another language and could not be compared.');
    assert.equal(supportedShare(checkBrief(b, [en, de])), 1);
  });
});
