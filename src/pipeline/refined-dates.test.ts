import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Story } from '../core/index.ts';
import { articleFromText } from '../../test/fixtures/reuse/article-from-text.ts';
import { analyzeStory } from './run.ts';

const FIXTURE = new URL('../../test/fixtures/extract-time/001-undated-vote-report/', import.meta.url);

describe('analyzeStory and publication dates narrowed by other sources', () => {
  it('writes the narrowed interval back to the undated document and reads its times against it', () => {
    const docs = [['dated.txt', '2021-03-12'], ['undated.txt']].map(([name, date]) => articleFromText(readFileSync(new URL(name!, FIXTURE), 'utf8'), {
      id: name!, titleLines: 1, ...(date ? { published: date } : {}),
    }));
    const story: Story = { id: 'budget', title: 'Budget vote', documentIds: docs.map((d) => d.id), start: null, end: null, outlets: [], topTerms: [] };
    const { extraction } = analyzeStory(story, docs);
    const undated = docs[1]!;
    assert.equal(undated.published, extraction.publishedRefinements['undated.txt'], 'the document carries the refined estimate');
    assert.ok(undated.published.earliest! >= '2021-03-12' && undated.published.latest! <= '2021-03-16', JSON.stringify(undated.published));
    // "on Thursday" in the undated report now resolves to the day the dated source gives the vote.
    const thursday = extraction.times.find((t) => t.span.documentId === 'undated.txt' && t.text.includes('Thursday'));
    assert.equal(thursday?.value, '2021-03-11');
  });
});
