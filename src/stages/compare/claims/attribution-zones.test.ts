import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionZones, withoutAttribution } from './attribution-zones.ts';

const zones = (t: string) => attributionZones(t).map(([s, e]) => t.slice(s, e));

describe('attributionZones', () => {
  it('finds an "according to" source and a closing "X said" clause', () => {
    assert.deepEqual(zones('The programme cost the city roughly $2 million, according to the Harbour Gazette.'), ['according to the Harbour Gazette']);
    assert.deepEqual(zones('A dock worker was charged with theft on Friday, the district attorney\u2019s office said.'), ['the district attorney\u2019s office said']);
  });
  it('leaves statements and quotes alone', () => {
    assert.deepEqual(zones('The council said it would vote on the budget next week.'), []);
    assert.deepEqual(zones('"We will rebuild the pier," the mayor said.'), []);
    assert.deepEqual(zones('Rescuers pulled 41 survivors from the water, many of them children.'), []);
    assert.deepEqual(zones('According to a study published in the journal Nature Geoscience on Monday, the glacier is shrinking.'), []);
  });
  it('keeps offsets: the blanked text has the same length', () => {
    const t = 'Prices rose 3%, according to official data.';
    assert.equal(withoutAttribution(t).length, t.length);
    assert.ok(!withoutAttribution(t).includes('official'));
  });
});
