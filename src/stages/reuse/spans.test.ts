import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleFromText } from '../../../test/fixtures/reuse/article-from-text.ts';
import { findReuse } from './index.ts';

const VOCAB = ['the', 'council', 'voted', 'on', 'a', 'resolution', 'minister', 'said', 'talks', 'would', 'resume', 'in', 'june', 'after', 'months', 'of', 'delay', 'rebels', 'port', 'strike', '12', 'U.S.', 'Crème', 'naïve', '—', '“quoted”'];
const sentence = fc.array(fc.constantFrom(...VOCAB), { minLength: 3, maxLength: 18 }).map((w) => `${w.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const doc = fc.array(paragraph, { minLength: 0, maxLength: 6 });

describe('findReuse spans', () => {
  it('every aligned span lies inside its document text and starts and ends on a word of a body paragraph', () => {
    fc.assert(fc.property(doc, doc, doc, fc.constantFrom('\n\n', '\n\nRead more: elsewhere\n\n', '\n \n'), (shared, x, y, sep) => {
      const texts = [[...x, ...shared].join(sep), [...shared, ...y].join('\n\n'), `Headline here\n\n${shared.join(sep)}`];
      const docs = texts.map((t, i) => {
        const d = articleFromText(t, { id: `d${i}`, titleLines: i === 2 ? 1 : 0 });
        // Site noise is not body: what clean would leave out of the paragraphs.
        return { ...d, paragraphs: d.paragraphs.filter((q) => !t.slice(q.start, q.end).startsWith('Read more')) };
      });
      const r = findReuse(docs, { minPassageWords: 4, minAnchorRun: 3 });
      for (const p of r.passages) {
        for (const s of [p.a, p.b]) {
          const d = docs.find((q) => q.id === s.documentId)!;
          assert.ok(s.start >= 0 && s.start < s.end && s.end <= d.text.length);
          const inBody = (o: number) => d.paragraphs.some((q) => q.start <= o && o <= q.end) || (d.titleSpan !== null && d.titleSpan.start <= o && o <= d.titleSpan.end);
          assert.ok(inBody(s.start) && inBody(s.end), `${s.documentId} ${s.start}-${s.end}`);
          assert.ok(!/Read more/.test(d.text.slice(s.start, s.end)), 'site noise between paragraphs breaks a passage');
          assert.match(d.text.slice(s.start, s.end), /^[\p{L}\p{N}].*[\p{L}\p{N}]$/su);
        }
        assert.ok(p.similarity > 0 && p.similarity <= 1);
      }
    }), { numRuns: 150 });
  });
});
