/**
 * The five multi-source stories among the extraction pages (listed in shared/eval/README.md) through the
 * full-article path: each page's ground-truth body read by the real clean stage, all 88 pages streamed
 * into one clusterer. Each group must be one story, and no two groups may share a story.
 * Skipped, with the reason printed, when ../shared/eval is not on this machine.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from './lib/eval-dir.ts';
import { clean } from '../src/stages/clean/index.ts';
import { createStoryClusterer } from '../src/stages/stories/index.ts';

const GROUPS: Record<string, string[]> = {
  'New York attorney general investigates WeWork': ['06e5123e', '1ace8c85'],
  'South Dakota "Meth. We\'re on it." campaign': ['776a1c04', '156770d6', '3f65af7b'],
  'Fort Worth kidnapped girl rescued': ['2c46804d', '51d066b0'],
  'New York man pleads guilty to threatening Rep. Ilhan Omar': ['6ebac05f', '7a457a4f'],
  'Water vapour confirmed on Europa': ['686bb170', '14cc2a0c'],
};

const truthPath = join(evalDir(), 'extraction', 'ground-truth.json');
const skip = existsSync(truthPath) ? false : `${truthPath} is absent (a clone without ../shared/eval)`;
if (skip) console.log(`stories-groups: skipped: ${skip}`);

describe('story clustering of the multi-source extraction pages', { skip }, () => {
  it('makes each of the five multi-source groups one story, and keeps the five apart', () => {
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url: string }>;
    const now = new Date('2019-12-01T00:00:00Z');
    const c = createStoryClusterer(undefined, { now });
    const idOf = new Map<string, string>();
    for (const [pageId, page] of Object.entries(truth).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const doc = clean({ path: pageId, format: 'json', sourceId: pageId, url: page.url, title: null, text: page.articleBody,
        html: null, published: null, outlet: new URL(page.url).hostname, meta: {} }, { now });
      c.add(doc);
      idOf.set(pageId.slice(0, 8), doc.id);
    }
    const storyOfGroup = new Map<string, string>();
    for (const [name, pages] of Object.entries(GROUPS)) {
      const stories = new Set(pages.map((p) => c.storyOf(idOf.get(p)!)));
      assert.equal(stories.size, 1, `${name}: its ${pages.length} pages fell into ${stories.size} stories`);
      storyOfGroup.set(name, [...stories][0]!);
    }
    assert.equal(new Set(storyOfGroup.values()).size, Object.keys(GROUPS).length, 'two groups share a story');
  });
});
