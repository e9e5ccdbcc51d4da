import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from './index.ts';
import { buildContext } from './compare.ts';
import { defaultCompareOptions } from './defaults.ts';
import { noveltyOf } from './findings/unique-claims.ts';
import { ferryStory, rateStory } from '../../../test/fixtures/compare/fixture-stories.ts';
import { articleFrom, storyOf, reuseFrom, ExtractionBuilder, at } from '../../../test/fixtures/compare/story-builder.ts';
import type { Article, Span } from '../../core/index.ts';

const run = (f: ReturnType<typeof ferryStory>) => compare({ story: f.story, documents: f.documents, extraction: f.extraction, reuse: f.reuse });
const cited = (docs: Article[], s: Span) => docs.find((d) => d.id === s.documentId)!.text.slice(s.start, s.end);

describe('compare', () => {
  it('counts a wire story and its re-run as one independent source', () => {
    const f = ferryStory();
    const { comparison } = run(f);
    const capsized = comparison.agreements.find((a) => /capsized/.test(a.claim))!;
    assert.ok(capsized, 'the capsizing is an agreement');
    assert.deepEqual(new Set(capsized.evidence.map((e) => e.documentId)), new Set(['doc0', 'doc1', 'doc2']));
    assert.equal(capsized.independentSources, 2);
  });

  it('reports a different count of the same thing as a conflict, once, with spans on both sides', () => {
    const f = ferryStory();
    const c = run(f).comparison.conflicts.filter((x) => /survivors/.test(x.topic));
    assert.equal(c.length, 1);
    assert.deepEqual(c[0]!.values.map((v) => v.value).sort(), ['37 survivors', '41 survivors']);
    assert.match(cited(f.documents, c[0]!.values.find((v) => v.value === '41 survivors')!.evidence[0]!), /Rescuers pulled 41 survivors/);
  });

  it('does not call a disputed claim agreed', () => {
    const f = rateStory();
    const { comparison } = run(f);
    assert.ok(!comparison.agreements.some((a) => /backed by/.test(a.claim)));
    assert.ok(comparison.conflicts.some((c) => c.values.some((v) => v.value === '24 of the 26 members')));
  });

  it('tells apart a quote worded differently from a quote given to someone else', () => {
    const { comparison, sourceFlags } = run(rateStory());
    const wording = comparison.conflicts.find((c) => c.topic.startsWith('wording'))!;
    assert.deepEqual(wording.values.map((v) => v.value), ['We are not pre-committing to a particular rate path', 'We are not committing to any particular rate path']);
    const who = comparison.conflicts.find((c) => c.topic.startsWith('who said'))!;
    assert.deepEqual(who.values.map((v) => v.value), ['Christine Lagarde', 'Philip Lane']);
    assert.equal(sourceFlags.filter((f) => f.kind === 'quote-misattribution').length, 1);
  });

  it('lists what only one source reports, and not what two sources report', () => {
    const f = ferryStory();
    const unique = run(f).comparison.unique;
    assert.ok(unique.some((u) => u.documentId === 'doc2' && /captain was arrested/.test(u.claim)));
    assert.ok(!unique.some((u) => /capsized on Lake Victoria on Thursday/.test(u.claim)));
  });

  it('shows a word an outlet changed in copied text, each side cited where the word stands', () => {
    const f = ferryStory();
    const edit = run(f).comparison.framing.find((x) => x.concept.startsWith('wording in shared copy'))!;
    assert.deepEqual(edit.variants.map((v) => cited(f.documents, v.evidence[0]!)), ['overturned', 'sank']);
  });

  it('casts each headline as subject and verb', () => {
    const h = run(rateStory()).comparison.framing.find((x) => x.concept.startsWith('headline'))!;
    assert.deepEqual(h.variants.map((v) => v.text), ['European Central Bank cuts', 'Lagarde keeps']);
  });

  it('counts the voices each outlet quotes by affiliation', () => {
    const v = run(ferryStory()).comparison.framing.find((x) => x.concept.startsWith('voices'))!;
    assert.equal(v.variants.length, 3);
    assert.match(v.variants[2]!.text, /^East Africa Tribune: Tanzania 1$/);
  });

  it('flags a garbled acronym and a sentence cut off mid-way', () => {
    const f = rateStory();
    const flags = run(f).sourceFlags;
    const acr = flags.find((x) => x.kind === 'garbled-acronym')!;
    assert.equal(cited(f.documents, acr.evidence[0]!), 'European Central Bank (EBC)');
    const cut = flags.find((x) => x.kind === 'cut-off-sentence')!;
    assert.match(cited(f.documents, cut.evidence[0]!), /divisions that Northern\.$/);
    assert.equal(flags.filter((x) => x.kind === 'cut-off-sentence').length, 1, 'complete sentences are not flagged');
  });

  it('compares nothing across languages, and finds nothing to compare in a single document', () => {
    const en = articleFrom({ outlet: 'A', url: null, published: '2024-01-02', title: null, text: 'The port of Rotterdam closed on Monday after a storm damaged two cranes, officials said.' }, 'en1');
    const fr = articleFrom({ outlet: 'B', url: null, published: '2024-01-02', title: null, language: 'fr', text: 'Le port de Rotterdam a fermé lundi après une tempête qui a endommagé deux grues.' }, 'fr1');
    const docs = [en, fr];
    const out = compare({ story: storyOf(docs), documents: docs, extraction: new ExtractionBuilder(docs).build(), reuse: reuseFrom(docs, { groups: [[0], [1]], passages: [] }) });
    assert.deepEqual(out.comparison, { agreements: [], conflicts: [], unique: [], framing: [] });
  });
});

describe('compare: who did it', () => {
  it('reports the same act given to different actors', () => {
    const a = articleFrom({ outlet: 'A', url: null, published: '2024-02-01', title: null, text: 'Hungary vetoed the sanctions package at the summit in Brussels on Monday, diplomats said.' }, 'a');
    const b = articleFrom({ outlet: 'B', url: null, published: '2024-02-01', title: null, text: 'Slovakia vetoed the sanctions package at the Brussels summit on Monday, according to diplomats.' }, 'b');
    const docs = [a, b];
    const extraction = new ExtractionBuilder(docs).entity('Hungary', 'country', ['Hungary']).entity('Slovakia', 'country', ['Slovakia']).entity('Brussels', 'place', ['Brussels']).build();
    const out = compare({ story: storyOf(docs), documents: docs, extraction, reuse: reuseFrom(docs, { groups: [[0], [1]], passages: [] }) });
    const who = out.comparison.conflicts.find((c) => c.topic === 'who vetoed')!;
    assert.deepEqual(who.values.map((v) => v.value), ['Hungary', 'Slovakia']);
    assert.ok(!out.comparison.agreements.some((x) => /vetoed/.test(x.claim)), 'a disputed act is not an agreement');
  });
});

describe('compare: quotes carried by several outlets', () => {
  it('lists a quote two independent outlets carry as an agreement, citing the quote and its speaker', () => {
    const a = articleFrom({ outlet: 'A', url: null, published: '2024-02-01', title: null, text: 'The mayor defended the curfew at a late-night briefing. "We will not let a few people hold this city hostage," Mayor Ana Ruiz said.' }, 'a');
    const b = articleFrom({ outlet: 'B', url: null, published: '2024-02-01', title: null, text: 'Critics called the order excessive. Ruiz, in office since 2021, was unmoved: "We will not let a few people hold this city hostage."' }, 'b');
    const docs = [a, b];
    const x = new ExtractionBuilder(docs).entity('Ana Ruiz', 'person', ['Ana Ruiz', 'Ruiz'])
      .quote(0, 'We will not let a few people hold this city hostage', 'Ana Ruiz', 'Mayor Ana Ruiz')
      .quote(1, 'We will not let a few people hold this city hostage', 'Ana Ruiz', 'Ruiz').build();
    const out = compare({ story: storyOf(docs), documents: docs, extraction: x, reuse: reuseFrom(docs, { groups: [[0], [1]], passages: [] }) });
    const q = out.comparison.agreements.find((g) => g.claim.includes('hold this city hostage'))!;
    assert.equal(q.independentSources, 2);
    assert.deepEqual(new Set(q.evidence.map((e) => e.documentId)), new Set(['a', 'b']));
  });
});

describe('compare: what only one source says', () => {
  it('scores how much of a claim no other source mentions, and ranks the new one first', () => {
    const a = articleFrom({ outlet: 'A', url: null, published: '2024-09-01', title: null, text: 'Storm Hella made landfall near Porto Bello on Sunday, bringing heavy rain to the whole coast.\n\nThe coastal railway flooded near Porto Bello as heavy rain fell on Sunday.\n\nTwelve fishing boats sank in the harbour overnight.' }, 'a');
    const b = articleFrom({ outlet: 'B', url: null, published: '2024-09-01', title: null, text: 'Storm Hella reached the coast near Porto Bello on Sunday with heavy rain.\n\nOfficials closed the coastal railway line after floods.\n\nSchools across the province will stay shut on Monday.' }, 'b');
    const docs = [a, b];
    const x = new ExtractionBuilder(docs).entity('Storm Hella', 'other', ['Storm Hella']).entity('Porto Bello', 'place', ['Porto Bello']).build();
    const input = { story: storyOf(docs), documents: docs, extraction: x, reuse: reuseFrom(docs, { groups: [[0], [1]], passages: [] }) };
    const ctx = buildContext(input, defaultCompareOptions);
    const novelty = noveltyOf(ctx);
    const claimOf = (re: RegExp) => ctx.claims.find((c) => re.test(c.text))!;
    assert.equal(novelty(claimOf(/^Twelve fishing boats/)), 1);
    assert.ok(novelty(claimOf(/^The coastal railway flooded/)) < 0.2);
    const fromA = compare(input).comparison.unique.filter((u) => u.documentId === 'a').map((u) => u.claim);
    assert.match(fromA[0]!, /^Twelve fishing boats sank/);
  });
  it('does not list a bracketed aside as something only one source reports', () => {
    const a = articleFrom({ outlet: 'A', url: null, published: '2024-09-01', title: null, text: 'Storm Hella made landfall near Porto Bello on Sunday with heavy rain.\n\n(Our reporter spent the night in a shelter with forty other families from the old town.)\n\nTwelve fishing boats sank in the harbour overnight.' }, 'a');
    const b = articleFrom({ outlet: 'B', url: null, published: '2024-09-01', title: null, text: 'Storm Hella reached the coast near Porto Bello on Sunday with heavy rain.\n\nSchools across the province will stay shut on Monday.' }, 'b');
    const docs = [a, b];
    const x = new ExtractionBuilder(docs).entity('Storm Hella', 'other', ['Storm Hella']).entity('Porto Bello', 'place', ['Porto Bello']).build();
    const unique = compare({ story: storyOf(docs), documents: docs, extraction: x, reuse: reuseFrom(docs, { groups: [[0], [1]], passages: [] }) }).comparison.unique;
    assert.ok(unique.some((u) => /^Twelve fishing boats/.test(u.claim)));
    assert.ok(!unique.some((u) => /shelter/.test(u.claim)));
  });
  it('finds a launch dated to the mid-2030s by one source and to 2031 by another', () => {
    const a = articleFrom({ outlet: 'A', url: null, published: '2024-09-01', title: null, text: 'The agency is building the Selene Relay probe, which is scheduled to launch in the mid-2030s.' }, 'a');
    const b = articleFrom({ outlet: 'B', url: null, published: '2024-09-01', title: null, text: 'The agency says its Selene Relay probe is scheduled to launch in 2031.' }, 'b');
    const docs = [a, b];
    const x = new ExtractionBuilder(docs).entity('Selene Relay', 'other', ['Selene Relay']).time(1, '2031', '2031').build();
    // Resolved as a whole decade, as a date extractor may leave it; compare narrows it to the years "mid" names.
    x.times.push({ text: 'the mid-2030s', span: at(a, 'the mid-2030s'), kind: 'date', value: '2030s', earliest: '2030-01-01', latest: '2039-12-31' });
    x.times.find((t) => t.text === '2031')!.earliest = '2031-01-01';
    x.times.find((t) => t.text === '2031')!.latest = '2031-12-31';
    const out = compare({ story: storyOf(docs), documents: docs, extraction: x, reuse: reuseFrom(docs, { groups: [[0], [1]], passages: [] }) });
    const when = out.comparison.conflicts.find((c) => c.topic === 'date')!;
    assert.deepEqual(when.values.map((v) => v.value), ['the mid-2030s', '2031']);
  });
});

