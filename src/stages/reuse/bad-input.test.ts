import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../../test/fixtures/reuse/article-from-text.ts';
import { findReuse } from './index.ts';

const story = `Flood waters rose across the river valley on Sunday, forcing hundreds of families from their homes as emergency crews worked through the night to reinforce levees.

The regional governor declared a state of emergency and asked the army to help evacuate villages cut off by the rising water, officials said.

Forecasters expect more heavy rain over the next three days, and warned that river levels could peak on Wednesday.`;

describe('findReuse on bad input', () => {
  it('handles empty and one-word documents without passages or duplicates among them', () => {
    const docs = [articleFromText('', { id: 'empty' }), articleFromText('Breaking', { id: 'one' }), articleFromText(story, { id: 'story' })];
    const r = findReuse(docs);
    assert.deepEqual(r.passages, []);
    assert.deepEqual(r.provenance.duplicates, []);
    assert.equal(r.provenance.groups.length, 3);
  });

  it('handles an empty input list', () => {
    const r = findReuse([]);
    assert.deepEqual(r, { passages: [], provenance: { groups: [], duplicates: [] } });
  });

  it('aligns a sentence repeated 10,000 times with its one copy once, not once per repeat', () => {
    const sentence = 'The regional governor declared a state of emergency and asked the army to help evacuate villages.';
    const repeated = Array.from({ length: 10_000 }, () => sentence).join(' ');
    const docs = [articleFromText(repeated, { id: 'spam' }), articleFromText(story, { id: 'story' }), articleFromText(repeated, { id: 'spam2' })];
    const r = findReuse(docs);
    const withStory = r.passages.filter((p) => p.b.documentId === 'story' || p.a.documentId === 'story');
    assert.ok(withStory.length >= 1 && withStory.length <= 2, `${withStory.length} passages with the story`);
    assert.ok(r.passages.length <= 10, `${r.passages.length} passages in all`);
    assert.deepEqual(r.provenance.duplicates.map((d) => [d.documentId, d.duplicateOf, d.similarity]), [['spam2', 'spam', 1]]);
  });

  it('finds documents identical except for white space to be exact duplicates', () => {
    const spaced = story.replace(/ /g, '  ').replace(/\n\n/g, '\n\n\n   ');
    const r = findReuse([articleFromText(story, { id: 'x' }), articleFromText(spaced, { id: 'y' })]);
    assert.deepEqual(r.provenance.duplicates, [{ documentId: 'y', duplicateOf: 'x', similarity: 1 }]);
    assert.equal(r.provenance.groups.length, 1);
    assert.ok(r.passages.every((p) => p.edits.length === 0 && p.similarity === 1));
    assert.equal(r.passages.length, 1, 'paragraphs separated only by white space read on as one passage');
    assert.equal(r.passages[0]!.a.end - r.passages[0]!.a.start, story.length - 1, 'the whole story but its final full stop');
  });
});

describe('findReuse near-duplicates', () => {
  it('lists a whole copy with one word changed as a near-duplicate of the earlier document, not an exact one', () => {
    const long = `${story}\n\n${story.replace(/Flood/g, 'Storm')}`;
    const copy = long.replace('hundreds of families', 'dozens of families');
    const r = findReuse([
      articleFromText(copy, { id: 'copy', published: '2024-05-06' }),
      articleFromText(long, { id: 'first', published: '2024-05-05' }),
    ]);
    assert.equal(r.provenance.duplicates.length, 1);
    const d = r.provenance.duplicates[0]!;
    assert.deepEqual([d.documentId, d.duplicateOf], ['copy', 'first']);
    assert.ok(d.similarity >= 0.85 && d.similarity < 1, `similarity ${d.similarity}`);
    assert.ok(r.passages.length > 0 && r.passages.every((p) => p.direction === 'a<-b'));
    assert.ok(r.passages.flatMap((p) => p.edits).some((e) => e.from === 'dozens' && e.to === 'hundreds' && e.kind === 'number'));
  });
});
