/**
 * @module bench/compare — speed of compare + writeBrief per story, given reuse and extraction.
 * Sets: the own fixture stories (hand-made extraction), and 50 copies of one fixture wire story
 * (the quadratic worst case for claim alignment: every claim shares every key with 49 others).
 * Prints ms per story and documents per second. `node --import tsx bench/compare.ts`
 */
import { performance } from 'node:perf_hooks';
import { compare } from '../src/stages/compare/index.ts';
import { writeBrief } from '../src/stages/brief/index.ts';
import { ferryStory, rateStory } from '../test/fixtures/compare/fixture-stories.ts';
import { articleFrom, storyOf, reuseFrom, ExtractionBuilder } from '../test/fixtures/compare/story-builder.ts';

type Input = Parameters<typeof compare>[0];

function time(name: string, input: Input, rounds: number): Record<string, string | number> {
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    const { comparison } = compare(input);
    writeBrief({ ...input, comparison });
  }
  const ms = (performance.now() - t0) / rounds;
  return { set: name, documents: input.documents.length, 'ms/story': Math.round(ms * 100) / 100, 'docs/s': Math.round((input.documents.length / ms) * 1000) };
}

const fixtures = [ferryStory(), rateStory()].map((f) => ({ story: f.story, documents: f.documents, extraction: f.extraction, reuse: f.reuse }));
const wire = ferryStory().documents[0]!;
const copies = Array.from({ length: 50 }, (_, i) => articleFrom({ outlet: `Outlet ${i}`, url: null, published: '2023-03-16', title: wire.title, text: wire.text }, `copy${i}`));
const fifty: Input = { story: storyOf(copies), documents: copies, extraction: new ExtractionBuilder(copies).build(), reuse: reuseFrom(copies, { groups: [copies.map((_, i) => i)], passages: [] }) };

console.table([time('ferry (3 docs)', fixtures[0]!, 200), time('rates (2 docs)', fixtures[1]!, 200), time('50 wire copies', fifty, 10)]);
