import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entityNameFraming } from './entity-names.ts';
import { reuseWordingFraming, trimEdit } from './reuse-wording.ts';
import { articleFrom, ExtractionBuilder, reuseFrom } from '../../../../test/fixtures/compare/story-builder.ts';

const a = articleFrom({ outlet: 'A', url: null, published: null, title: null, text: 'Pyongyang fired two missiles on Sunday. North Korea has tested 23 missiles this year.' }, 'a');
const b = articleFrom({ outlet: 'B', url: null, published: null, title: null, text: 'The North fired two missiles on Sunday, said officials in Seoul.' }, 'b');

describe('entityNameFraming', () => {
  it('shows the words each source uses for one country', () => {
    const x = new ExtractionBuilder([a, b]).entity('North Korea', 'country', ['North Korea', 'Pyongyang', 'The North']).build();
    const groups = new Map([['a', 'a'], ['b', 'b']]);
    const [f] = entityNameFraming(x.entities, new Map([['a', a], ['b', b]]), groups);
    assert.equal(f!.concept, 'names for North Korea');
    assert.deepEqual(f!.variants.map((v) => v.text).sort(), ['North Korea', 'Pyongyang', 'The North']);
  });
  it('says nothing when every source uses the same name', () => {
    const x = new ExtractionBuilder([a, b]).entity('Seoul', 'place', ['Seoul']).build();
    assert.deepEqual(entityNameFraming(x.entities, new Map([['a', a], ['b', b]]), new Map([['a', 'a'], ['b', 'b']])), []);
  });
});

describe('reuseWordingFraming', () => {
  it('drops function words at the edges of an edit', () => {
    assert.equal(trimEdit('military operation in'), 'military operation');
  });
  it('skips abbreviations and long rewrites, keeps a changed word', () => {
    const c = articleFrom({ outlet: 'C', url: null, published: null, title: null, text: 'The United Nations said the blockade of the port was illegal.' }, 'c');
    const d = articleFrom({ outlet: 'D', url: null, published: null, title: null, text: 'The UN said the siege of the port was illegal.' }, 'd');
    const reuse = reuseFrom([c, d], { groups: [[0, 1]], passages: [{ a: 0, b: 1, from: 'United Nations', to: 'UN' }, { a: 0, b: 1, from: 'blockade of', to: 'siege of' }] });
    const out = reuseWordingFraming(reuse.passages, new Map([['c', c], ['d', d]]));
    assert.deepEqual(out.map((f) => f.variants.map((v) => v.text)), [['blockade', 'siege']]);
  });
});
