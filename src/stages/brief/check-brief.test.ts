import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkBrief, supportedShare } from './check-brief.ts';
import { articleFrom } from '../../../test/fixtures/compare/story-builder.ts';

const doc = articleFrom({ outlet: 'Harbour Times', url: null, published: null, title: null, text: 'The port reopened on Tuesday after a two-day strike by 1,200 dock workers.' }, 'd');
const all = { documentId: 'd', start: 0, end: doc.text.length };
const brief = (text: string, citations = [all]) => ({ storyId: 's', sentences: [{ text, citations }] });

describe('checkBrief', () => {
  it('passes a templated sentence whose words are in its span, the template vocabulary or the source name', () => {
    const [c] = checkBrief(brief('Only Harbour Times reports: The port reopened on Tuesday after a two-day strike.'), [doc]);
    assert.deepEqual(c!.unsupported, []);
    assert.ok(c!.citationsValid);
  });
  it('catches a number and a word the cited span does not hold', () => {
    const [c] = checkBrief(brief('The port reopened on Wednesday after a strike by 1,300 workers.'), [doc]);
    assert.deepEqual(c!.unsupported, ['Wednesday', '1300']);
  });
  it('rejects a sentence that cites nothing or cites outside the text', () => {
    assert.equal(checkBrief(brief('The port reopened.', []), [doc])[0]!.citationsValid, false);
    assert.equal(checkBrief(brief('The port reopened.', [{ documentId: 'd', start: 0, end: 9999 }]), [doc])[0]!.citationsValid, false);
  });
  it('scores the share of fully supported sentences', () => {
    const b = { storyId: 's', sentences: [...brief('The port reopened.').sentences, ...brief('The port burned.').sentences] };
    assert.equal(supportedShare(checkBrief(b, [doc])), 0.5);
  });
});
