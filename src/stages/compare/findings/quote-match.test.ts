import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quoteWords, quoteOverlap, containsRun, sameSpeaker, innerQuote } from './quote-match.ts';
import type { Quote } from '../../../core/index.ts';

const q = (speaker: string | null, speakerId: string | null = null): Quote => ({ id: 'q', kind: 'direct', text: '', span: { documentId: 'd', start: 0, end: 0 }, speakerId, speaker, cue: 'said', speakerSpan: null, cueSpan: null });

describe('quote matching', () => {
  it('sees a partial quote as a run of the full one', () => {
    assert.ok(containsRun(quoteWords('The answer to hate is not more hate; it is compassion.'), quoteWords('not more hate')));
  });
  it('measures overlap on the shorter quote', () => {
    assert.equal(quoteOverlap(quoteWords('we received an inquiry'), quoteWords('we have received an inquiry from the office')), 1);
  });
  it('takes one name form for the same speaker', () => {
    assert.equal(sameSpeaker(q('Zhang Jun'), q('Zhang')), true);
  });
  it('calls two proper names different speakers', () => {
    assert.equal(sameSpeaker(q('Christine Lagarde'), q('Philip Lane')), false);
  });
  it('cannot tell from a pronoun or a common noun', () => {
    assert.equal(sameSpeaker(q('she'), q('Sonya Zoghlin')), null);
    assert.equal(sameSpeaker(q('officers'), q('an officer')), null);
  });
  it('finds the quoted words inside a mixed quote', () => {
    const t = 'said in an email that \u201Cwe have received an inquiry and are cooperating.\u201D';
    const r = innerQuote(t);
    assert.equal(t.slice(r.start, r.end), 'we have received an inquiry and are cooperating.');
  });
});
