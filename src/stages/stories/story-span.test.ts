import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../lib/article-from-text.ts';
import type { Article } from '../../core/index.ts';
import { storySpan } from './story-span.ts';

function dated(id: string, published: Partial<Article['published']>): Article {
  const doc = articleFromText(id, 'Flood waters rose along the river on Tuesday, officials said.');
  doc.published = { ...doc.published, ...published };
  return doc;
}

describe('storySpan', () => {
  it('spans dated members and narrow intervals of undated ones', () => {
    const docs = [
      dated('a', { date: '2025-06-12', earliest: '2025-06-12', latest: '2025-06-12' }),
      dated('b', { earliest: '2025-05-20', latest: '2025-05-31' }),
    ];
    assert.deepEqual(storySpan(docs), { start: '2025-05-20', end: '2025-06-12' });
  });

  it('ignores an interval too wide to say when, and gives nulls with no evidence', () => {
    const wide = dated('c', { earliest: '2020-01-01', latest: '2025-12-31' });
    assert.deepEqual(storySpan([dated('a', { date: '2025-06-12' }), wide]), { start: '2025-06-12', end: '2025-06-12' });
    assert.deepEqual(storySpan([wide, dated('d', {})]), { start: null, end: null });
  });
});
