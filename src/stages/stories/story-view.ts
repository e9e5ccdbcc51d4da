/** @module stories/story-view — what a reader sees of a story: a representative title, top terms, dates, outlets. */
import type { Story } from '../../core/index.ts';
import type { StoryOptions } from './defaults.ts';
import type { StoryRecord, FrozenView } from './story-record.ts';
import type { TermStats } from './term-stats.ts';
import { textFeatures } from './features.ts';
import { scoreRaw } from './similarity.ts';
import { isoDay } from './story-time.ts';

/** Headlines that are too short to say what happened, too long to read, or cut off, are less fit as titles. */
function titlePrior(title: string): number {
  const words = title.split(/\s+/).filter(Boolean).length;
  let p = words < 4 ? 0.6 : words > 22 ? 0.8 : 1;
  if (/(\.\.\.|\u2026)\s*$/.test(title)) p *= 0.9;
  return p;
}

/**
 * The member headline closest to the story's centroid (idf-weighted), weighed by a readability prior:
 * the most representative headline, not the first to arrive. Ties go to the earlier candidate.
 */
export function chooseTitle(s: StoryRecord, stats: TermStats, opts: StoryOptions, extra: ReadonlySet<string>): string {
  let best = s.titles[0] ?? 'Untitled story';
  let bestScore = -1;
  for (const title of s.titles) {
    const score = scoreRaw(textFeatures(title, opts, extra), s.centroid, stats) * titlePrior(title);
    if (score > bestScore) { best = title; bestScore = score; }
  }
  return best;
}

/**
 * The strongest features in their written form. A word that is part of a strong multi-word name is
 * shown only inside the name ("North Korea", not also "North"), and each form is shown once.
 */
export function chooseTopTerms(s: StoryRecord, stats: TermStats, count: number): string[] {
  const ranked = [...s.centroid].map(([t, c]) => [t, c * stats.idf(t)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count * 3).map(([t]) => t);
  const covered = new Set(ranked.filter((t) => t.startsWith('@') && t.includes(' ')).flatMap((t) => t.slice(1).split(' ')));
  const shown: string[] = [];
  const seen = new Set<string>();
  for (const t of ranked) {
    if (shown.length >= count) break;
    const word = t.replace(/^@/, '');
    if (!word.includes(' ') && covered.has(word)) continue;
    const form = s.surface.get(t) ?? word;
    if (seen.has(form.toLowerCase())) continue;
    seen.add(form.toLowerCase());
    shown.push(form);
  }
  return shown;
}

export function freezeView(s: StoryRecord, stats: TermStats, opts: StoryOptions, extra: ReadonlySet<string>): FrozenView {
  return { title: chooseTitle(s, stats, opts, extra), topTerms: chooseTopTerms(s, stats, opts.topTerms) };
}

export function storyView(s: StoryRecord, stats: TermStats, opts: StoryOptions, extra: ReadonlySet<string>): Story {
  const view = s.frozen ?? freezeView(s, stats, opts, extra);
  const outlets = [...s.outlets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([o]) => o);
  return {
    id: s.id,
    title: view.title,
    documentIds: [...s.docIds],
    start: s.start === null ? null : isoDay(s.start),
    end: s.end === null ? null : isoDay(s.end),
    outlets,
    topTerms: view.topTerms,
    documentCount: s.docIds.length,
    ...(s.mergedFrom.length ? { mergedFrom: [...s.mergedFrom] } : {}),
  };
}
