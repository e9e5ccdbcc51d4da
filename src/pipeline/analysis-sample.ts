/**
 * @module analysis-sample — the members a very big story is analysed over. Reuse, compare and the brief
 * cost more than linearly in a story's size (pairs of documents, pairs of claims), and a story of thousands
 * of articles cannot be read side by side anyway; so past a bound the analysis reads a sample chosen to keep
 * what a reader needs: the earliest reports (where the story and its wire copy start), the latest (where it
 * stands now) and an even spread over the time between. The story keeps all its members; the report says
 * which were analysed and how they were chosen.
 */
import type { Article, Story } from '../core/index.ts';
import { docDays } from '../stages/stories/story-time.ts';

/** Documents analysed per story at most, unless the caller says otherwise (0: no bound). */
export const ANALYSIS_MAX_DOCUMENTS = 500;

/** A member's day for ordering: its date, or the middle of a publication interval of a month at most. */
function dayKey(doc: Article): number | null {
  const d = docDays(doc, 31);
  return d ? (d.lo + d.hi) / 2 : null;
}

/** `k` of `xs` spread evenly (first included), in their order. */
function spread<T>(xs: T[], k: number): T[] {
  if (k >= xs.length) return xs;
  const step = xs.length / k;
  return Array.from({ length: k }, (_, i) => xs[Math.floor(i * step)]!);
}

/**
 * The story and the documents to analyse: all of them when there are at most `max` (or `max` is 0);
 * otherwise the `max/4` earliest and `max/4` latest dated members and the rest spread evenly over the
 * others (undated members among them), in the story's member order, with `story.sample` saying so.
 */
export function analysisSample(story: Story, docs: Article[], max = ANALYSIS_MAX_DOCUMENTS): { story: Story; docs: Article[] } {
  if (!max || docs.length <= max) return { story, docs };
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const keyed = docs.map((doc) => ({ doc, day: dayKey(doc), at: order.get(doc.id)! }));
  const dated = keyed.filter((k) => k.day !== null).sort((a, b) => a.day! - b.day! || a.at - b.at);
  const ends = Math.min(Math.floor(max / 4), Math.floor(dated.length / 2));
  const picked = new Set([...dated.slice(0, ends), ...dated.slice(dated.length - ends)]);
  const middle = keyed.filter((k) => !picked.has(k)).sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.at - b.at);
  for (const k of spread(middle, max - picked.size)) picked.add(k);
  const chosen = keyed.filter((k) => picked.has(k)).map((k) => k.doc);
  const basis = `analysed ${chosen.length} of ${docs.length} documents (the bound per story): the ${ends} earliest, the ${ends} latest and ${chosen.length - 2 * ends} spread evenly between them`;
  return { story: { ...story, sample: { documentIds: chosen.map((d) => d.id), of: docs.length, basis } }, docs: chosen };
}
