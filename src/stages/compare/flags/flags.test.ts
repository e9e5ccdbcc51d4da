import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findGarbledAcronyms, findCutOffSentences, findDateContradictions } from './index.ts';
import { articleFrom } from '../../../../test/fixtures/compare/story-builder.ts';
import type { Article, TimeExpr } from '../../../core/index.ts';

const doc = (text: string, id = 'd0', published = '2022-05-27') => articleFrom({ outlet: null, url: null, published, title: null, text }, id);
const cited = (d: Article, s: { start: number; end: number }) => d.text.slice(s.start, s.end);

describe('findGarbledAcronyms', () => {
  it('flags an acronym standing beside an expansion that is abbreviated otherwise', () => {
    const d = doc('The test included an intercontinental ballistic missile (IBM) fired at full range.');
    const [f] = findGarbledAcronyms(d);
    assert.equal(cited(d, f!.evidence[0]!), 'intercontinental ballistic missile (IBM)');
    assert.match(f!.message, /ICBM/);
  });
  it('flags letters that do not fit the capitalised expansion beside them', () => {
    const d = doc('The vote was held at the United Nations Security Council (UNCS) on Thursday.');
    assert.equal(findGarbledAcronyms(d).length, 1);
  });
  it('accepts correct acronyms, including letters from inside words', () => {
    const d = doc('The New York State Attorney General (NYAG) is investigating. The Federal Bureau of Investigation (FBI) declined to comment. North Korea (DPRK) fired an intercontinental ballistic missile (ICBM).');
    assert.deepEqual(findGarbledAcronyms(d), []);
  });
  it('leaves party-and-state tags and glosses alone', () => {
    assert.deepEqual(findGarbledAcronyms(doc('Rep. Ilhan Omar (D-Minn.) and Gov. Kristi Noem (R) spoke, as did officials of the DPRK (North Korea).')), []);
  });
});

describe('findCutOffSentences', () => {
  it('flags a sentence that ends on a determiner or complementiser and a lone adjective', () => {
    const d = doc('Ministers met on Monday to approve the plan, exposing divisions that Eastern.\n\nThe talks will resume next week in Brussels.');
    const flags = findCutOffSentences([d]);
    assert.equal(flags.length, 1);
    assert.match(cited(d, flags[0]!.evidence[0]!), /divisions that Eastern\.$/);
  });
  it('flags a sentence whose closing words run on in a fuller copy', () => {
    const a = doc('Rescuers searched the flooded valley on Sunday for survivors trapped in the collapsed buildings of the.', 'a');
    const b = doc('Rescuers on Sunday searched the flooded valley for survivors trapped in the collapsed buildings of the old town.', 'b');
    const flags = findCutOffSentences([a, b]);
    assert.equal(flags.length, 1);
    assert.equal(flags[0]!.evidence[0]!.documentId, 'a');
  });
  it('does not flag complete sentences, questions or quoted speech ending on a pronoun', () => {
    const d = doc('Officers found the girl and carried her out. "We got her," an officer said. What was the plan for?\n\nPolice said they knew that.');
    assert.deepEqual(findCutOffSentences([d]), []);
  });
});

describe('findDateContradictions', () => {
  const time = (d: Article, text: string, value: string): TimeExpr => {
    const start = d.text.indexOf(text);
    return { text, span: { documentId: d.id, start, end: start + text.length }, kind: 'date', value, earliest: value, latest: value };
  };
  it('flags a full date far after the rest of the story', () => {
    const a = doc('Sunday, November 17, 2024\n\nChina and Russia vetoed the resolution on Thursday.', 'a', '2022-05-27');
    const b = doc('The vote took place on Thursday, officials said.', 'b', '2022-05-27');
    const flags = findDateContradictions([a, b], [time(a, 'November 17, 2024', '2024-11-17')], 365);
    assert.equal(flags.length, 1);
    assert.equal(cited(a, flags[0]!.evidence[0]!), 'November 17, 2024');
  });
  it('accepts dates near the story, and dates other sources share', () => {
    const a = doc('Sentencing is scheduled for Feb. 14.', 'a', '2019-11-18');
    const b = doc('He will be sentenced on Feb. 14, prosecutors said.', 'b', '2019-11-18');
    assert.deepEqual(findDateContradictions([a, b], [time(a, 'Feb. 14', '2020-02-14')], 365), []);
  });
});
