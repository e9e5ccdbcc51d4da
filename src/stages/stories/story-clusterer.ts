/**
 * @module stories/story-clusterer — documents into stories as they arrive, at a cost that does not grow with
 * the number of stories seen.
 *
 * Steps for each document: features (words, names; headline weighted) → document frequencies updated →
 * candidate stories from the inverted index → idf-weighted cosine × time factor → join the best story
 * above a length-dependent threshold, or open a new one → occasional merge and split checks → periodic
 * sweep of stories gone dormant out of the index.
 */
import type { Article, Story } from '../../core/index.ts';
import { shortHash } from '../../lib/hash/content-id.ts';
import { defaultStoryOptions, type StoryOptions } from './defaults.ts';
import { docFeatures } from './features.ts';
import { TermStats } from './term-stats.ts';
import { CandidateIndex } from './candidate-index.ts';
import { scoreStories, scoreToStory, unitVector } from './similarity.ts';
import { docDays, gapDays, StreamClock, timeFactor, type DayRange } from './story-time.ts';
import { newStoryRecord, type MemberVector, type StoryRecord } from './story-record.ts';
import { absorbStory, addMember, pruneCentroid, rankedTerms, topTerms, type Joiner } from './story-update.ts';
import { keepApart, planSplit } from './split-story.ts';
import { freezeView, storyView } from './story-view.ts';
import { countYears, docYears, storiesYearsConflict, yearsAsDoc, yearsConflict } from './story-years.ts';
import { leadName, storyLacksName } from './story-names.ts';
import { readState, writeState, type ClustererState, type MaintenanceRecord } from './clusterer-state.ts';

export interface StoryClusterer {
  /** Assign one document; returns the id of the story it joined or opened. Adding a document id twice is a no-op. */
  add(doc: Article): string;
  /** Every story, oldest first (merged-away stories are not listed; their ids are in `mergedFrom`); with `only`, just the stories of those ids. */
  stories(only?: ReadonlySet<string>): Story[];
  /** JSON-serialisable state, to resume with new documents later. */
  state(): unknown;
  /** The current story of a document, or null when it was never added. */
  storyOf(docId: string): string | null;
  /** The current id of a story id handed out earlier (merged stories resolve to the survivor). */
  resolve(storyId: string): string;
  /** Merges and splits so far, in order. */
  maintenance(): MaintenanceRecord[];
  /** Counts for benchmarks: stories in the candidate index, stories in all, vocabulary size. */
  stats(): { active: number; stories: number; vocabulary: number; documents: number };
}

const isPow2 = (n: number) => n > 1 && (n & (n - 1)) === 0;
const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const rangeOf = (s: StoryRecord): DayRange | null => (s.start !== null && s.end !== null ? { lo: s.start, hi: s.end } : null);

export class StreamingStoryClusterer implements StoryClusterer {
  private readonly opts: StoryOptions;
  private readonly extra: ReadonlySet<string>;
  private readonly index: CandidateIndex;
  private readonly stories_ = new Map<number, StoryRecord>();
  private readonly active = new Set<number>();
  private readonly docStory = new Map<string, number>();
  /** Merged story id → the id it was merged into (followed to the end by `resolve`). */
  private readonly alias: Map<string, string>;
  private readonly log: MaintenanceRecord[];
  private readonly termStats: TermStats;
  private readonly clock: StreamClock;
  private arrivals: number;
  private nextSeq: number;
  /** Pairs of story ids split apart ("a b"): never merged again, or a merge would undo the split. */
  private readonly splitPairs = new Set<string>();
  /** Stories opened recently, with the arrival at which each gets its second look (due order). */
  private readonly pending: [seq: number, due: number][];

  constructor(state: ClustererState | null, options: Partial<StoryOptions> = {}) {
    this.opts = { ...defaultStoryOptions, ...options };
    this.extra = new Set(this.opts.extraStopwords);
    this.index = new CandidateIndex(this.opts.maxPosting);
    const s = readState(state, this.opts.priorDocs);
    this.termStats = s.stats;
    this.clock = new StreamClock(this.opts.clockWindow, s.clock);
    this.arrivals = s.arrivals;
    this.nextSeq = s.nextSeq;
    this.log = s.log;
    this.alias = new Map(s.alias);
    this.pending = s.pending;
    for (const m of this.log) if (m.kind === 'split') this.splitPairs.add(pairKey(m.from, m.into));
    for (const rec of s.stories) {
      this.stories_.set(rec.seq, rec);
      for (const d of rec.docIds) this.docStory.set(d, rec.seq);
      if (!rec.frozen && !rec.unclustered) {
        this.active.add(rec.seq);
        this.index.reindex(rec.seq, [], rec.keys);
      }
    }
  }

  add(doc: Article): string {
    const known = this.docStory.get(doc.id);
    if (known !== undefined) return this.stories_.get(known)!.id;
    const arrival = ++this.arrivals;
    const f = docFeatures(doc, this.opts, this.extra);
    this.termStats.addDocument(f.weights.keys());
    const days = this.trustedDays(doc);
    if (f.weights.size === 0) {
      const s = this.open(doc.id, arrival);
      s.unclustered = true;
      addMember(s, this.joiner(doc, arrival, [], days, f.surface, f.headline), 0, this.opts.titleCandidates);
      s.members = [];
      this.active.delete(s.seq);
      this.docStory.set(doc.id, s.seq);
      return s.id;
    }
    const ranked = [...f.weights].map(([t, w]) => [t, w, w * this.termStats.idf(t)] as const)
      .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1)).slice(0, this.opts.maxDocTerms);
    const q = unitVector(ranked.map(([t, w]) => [t, w] as const), this.termStats);
    for (const [t, x] of q) q.set(t, x * this.termStats.idf(t));
    const years = this.opts.yearConflictMembers > 0 ? docYears(f.weights) : [];
    const lead = this.opts.nameConflictMargin > 1 && f.weights.size >= this.opts.nameConflictMinTerms ? leadName(f.weights, this.opts.nameConflictWeight) : null;
    const best = this.bestStory(q, ranked.slice(0, this.opts.queryTerms).map((r) => r[0]), days, f.weights.size, lead);
    const story = best ?? this.open(doc.id, arrival);
    if (!best) for (const after of this.opts.recheckAfter) this.schedule(story.seq, arrival + after);
    addMember(story, this.joiner(doc, arrival, ranked.map(([t, w]) => [t, w] as [string, number]), days, f.surface, f.headline, years), this.opts.memberSample, this.opts.titleCandidates, this.termStats);
    this.docStory.set(doc.id, story.seq);
    const n = story.docIds.length;
    if (n <= this.opts.refreshEvery * 4 || n % this.opts.refreshEvery === 0) this.refresh(story);
    this.maintain(story);
    this.recheckDue(arrival);
    if (arrival % this.opts.sweepEvery === 0) this.sweep();
    return this.stories_.get(this.docStory.get(doc.id)!)!.id;
  }

  /** The document's days, or null when it has none or they are not to be trusted (far from the stream clock, after `now`). */
  private trustedDays(doc: Article): DayRange | null {
    const days = docDays(doc, this.opts.maxDateSpanDays);
    if (!days) return null;
    const mid = (days.lo + days.hi) / 2;
    const nowDay = this.opts.now ? this.opts.now.getTime() / 86_400_000 : null;
    if (nowDay !== null && days.lo > nowDay + this.opts.futureToleranceDays) return null;
    const clockNow = this.clock.now();
    this.clock.push(mid);
    if (clockNow !== null && Math.abs(mid - clockNow) > this.opts.suspectDays) return null;
    return days;
  }

  private joiner(doc: Article, arrival: number, terms: [string, number][], days: DayRange | null, surface: Map<string, string>, headline: string | null, years: string[] = []): Joiner {
    let sq = 0;
    for (const [, w] of terms) sq += w * w;
    const norm = Math.sqrt(sq) || 1;
    const unit = terms.map(([t, w]) => [t, w / norm] as [string, number]);
    // The kept member vector (for split checks) is the strongest part only: bounded memory per active story.
    const member: MemberVector = { arrival, docId: doc.id, terms: unit.slice(0, this.opts.memberTerms) };
    if (years.length) member.years = years;
    return { member, unit: new Map(unit), surface, days, outlet: doc.outlet, headline };
  }

  /** Join threshold for a document with `distinct` features: headline-sized and article-sized, log-interpolated. */
  private threshold(distinct: number): number {
    const { joinShort, joinLong, shortTerms, longTerms } = this.opts;
    if (distinct <= shortTerms) return joinShort;
    if (distinct >= longTerms) return joinLong;
    return joinShort + ((joinLong - joinShort) * Math.log(distinct / shortTerms)) / Math.log(longTerms / shortTerms);
  }

  private timeFactorFor(days: DayRange | null, s: StoryRecord): number {
    if (!days || s.start === null || s.end === null) return 1;
    return timeFactor(gapDays(days, { lo: s.start, hi: s.end }), this.opts.graceDays, this.opts.halfLifeDays);
  }

  /** The best story above the join threshold; a close call (below `nameConflictMargin` × the threshold) is refused when the story never mentions the report's lead name (see story-names). */
  private bestStory(q: ReadonlyMap<string, number>, queryTerms: string[], days: DayRange | null, distinct: number, lead: string | null = null): StoryRecord | null {
    let best: StoryRecord | null = null;
    const threshold = this.threshold(distinct);
    const close = threshold * this.opts.nameConflictMargin;
    let bestScore = threshold;
    for (const seq of this.index.lookup(queryTerms, this.opts.maxCandidates)) {
      const s = this.stories_.get(seq)!;
      const score = scoreToStory(q, s, this.termStats) * this.timeFactorFor(days, s);
      if (score > bestScore || (score === bestScore && best && s.seq < best.seq)) {
        if (score < close && storyLacksName(lead, s.centroid)) continue;
        best = s; bestScore = score;
      }
    }
    return best;
  }

  private open(firstDocId: string, arrival: number): StoryRecord {
    const s = newStoryRecord('s' + shortHash('story:' + firstDocId, 12), this.nextSeq++);
    s.lastArrival = arrival;
    this.stories_.set(s.seq, s);
    this.active.add(s.seq);
    return s;
  }

  /** A small story (its years read as one document's) that states a later year than `s`'s own, unknown to `s` (see story-years). */
  private yearsApart(years: readonly string[], s: StoryRecord): boolean {
    return this.opts.yearConflictMembers > 0 && yearsConflict(years, s, this.opts.yearConflictMembers);
  }

  /** Two stories that each state a year the other never mentions. */
  private storiesApart(a: StoryRecord, b: StoryRecord): boolean {
    return this.opts.yearConflictMembers > 0 && storiesYearsConflict(a, b, this.opts.yearConflictMembers);
  }

  /** Prune the centroid, recompute the index words. */
  private refresh(s: StoryRecord): void {
    pruneCentroid(s, this.termStats, this.opts.maxCentroidTerms);
    const keys = topTerms(s, this.termStats, this.opts.indexTerms).map(([t]) => t);
    this.index.reindex(s.seq, s.keys, keys);
    s.keys = keys;
  }

  /** Merge checks at sizes 2, 4, 8, … and every `mergeCheckEvery` joins; split checks every `splitCheckEvery`
   *  joins, spaced out to an eighth of the story's size so that a flood costs ever less per document. */
  private maintain(s: StoryRecord): void {
    const n = s.docIds.length;
    const every = (k: number) => n % Math.max(k, 1 << Math.max(0, Math.floor(Math.log2(n)) - 3)) === 0;
    if (isPow2(n) || every(this.opts.mergeCheckEvery)) this.tryMerge(s);
    // Split checks at 12, 16, 24, 32, 48, … members (a story's size doubling by halves) and every `splitCheckEvery` joins.
    const grown = isPow2(n) || (n % 3 === 0 && isPow2((n / 3) * 2));
    if (n >= this.opts.splitMinSize * 2 && (grown || every(this.opts.splitCheckEvery))) this.trySplit(s);
  }

  /** Merge `s` with any active story whose centroid is at least `mergeThreshold` alike; the older story survives. */
  private tryMerge(s: StoryRecord): void {
    let cur = s;
    for (const seq of this.index.lookup(cur.keys, this.opts.maxMergeCandidates, cur.seq)) {
      const other = this.stories_.get(seq);
      if (!other || other.frozen || !this.active.has(seq) || this.splitPairs.has(pairKey(cur.id, other.id))) continue;
      const sim = scoreStories(cur, other, this.termStats) * this.timeFactorFor(rangeOf(cur), other);
      if (sim < this.opts.mergeThreshold || this.storiesApart(cur, other) || keepApart(cur, other, this.termStats, this.opts)) continue;
      cur = this.mergePair(cur, other, sim);
    }
  }

  /** One story into the other (the older survives), logged; returns the survivor. */
  private mergePair(a: StoryRecord, b: StoryRecord, sim: number): StoryRecord {
    const [into, from] = a.seq < b.seq ? [a, b] : [b, a];
    this.log.push({ kind: 'merge', from: from.id, into: into.id, arrival: this.arrivals, similarity: sim });
    for (const d of from.docIds) this.docStory.set(d, into.seq);
    absorbStory(into, from, this.opts.memberSample, this.opts.titleCandidates);
    this.alias.set(from.id, into.id);
    this.index.reindex(from.seq, from.keys, []);
    this.active.delete(from.seq);
    this.stories_.delete(from.seq);
    this.refresh(into);
    return into;
  }

  /** Queue a second look at a new story, keeping the queue in due order. */
  private schedule(seq: number, due: number): void {
    let i = this.pending.length;
    while (i > 0 && this.pending[i - 1]![1] > due) i--;
    this.pending.splice(i, 0, [seq, due]);
  }

  private recheckDue(arrival: number): void {
    while (this.pending.length && this.pending[0]![1] <= arrival) this.recheck(this.pending.shift()![0]);
  }

  /**
   * The second look at a story opened a while ago: when it opened, the story it belongs with may not have
   * existed yet or not yet have had its words. A story still small is scored against the stories now in
   * the index as if its members arrived now, under the same join threshold, and joins the best one.
   * This makes the outcome depend less on arrival order, at a bounded cost (a few looks per opened story).
   */
  private recheck(seq: number): void {
    const s = this.stories_.get(seq);
    if (!s || s.frozen || s.unclustered || !this.active.has(seq) || s.docIds.length > this.opts.recheckMaxSize) return;
    const ranked = topTerms(s, this.termStats, this.opts.maxDocTerms);
    const q = unitVector(ranked.map(([t]) => [t, s.centroid.get(t)!] as const), this.termStats);
    for (const [t, x] of q) q.set(t, x * this.termStats.idf(t));
    const range = rangeOf(s);
    let best: StoryRecord | null = null;
    let bestScore = this.threshold(Math.round(s.centroid.size / s.docIds.length));
    const years = yearsAsDoc(s);
    for (const other of this.index.lookup(s.keys, this.opts.maxCandidates, s.seq)) {
      const o = this.stories_.get(other)!;
      if (this.splitPairs.has(pairKey(s.id, o.id)) || this.yearsApart(years, o) || this.storiesApart(s, o)) continue;
      const score = scoreToStory(q, o, this.termStats) * this.timeFactorFor(range, o);
      if (score > bestScore || (score === bestScore && best && o.seq < best.seq)) {
        // The same second look as a maintenance merge: not into a story the relative split test would split again.
        if (keepApart(s, o, this.termStats, this.opts)) continue;
        best = o; bestScore = score;
      }
    }
    if (best) this.mergePair(s, best, bestScore);
  }

  /** Split off the half of a drifted story that no longer belongs with its first member. */
  private trySplit(s: StoryRecord): void {
    const plan = planSplit(s, this.termStats, this.opts);
    if (!plan) return;
    const moving = new Set(plan.move.map((m) => m.docId));
    const first = plan.move[0]!;
    const t = this.open(first.docId, first.arrival);
    s.docIds = s.docIds.filter((d) => !moving.has(d));
    s.members = s.members.filter((m) => !moving.has(m.docId));
    for (const m of plan.move) {
      countYears(s, m.years, -1);
      countYears(t, m.years, 1);
      t.docIds.push(m.docId);
      t.members.push(m);
      t.lastArrival = Math.max(t.lastArrival, m.arrival);
      this.docStory.set(m.docId, t.seq);
      for (const [term, u] of m.terms) {
        t.centroid.set(term, (t.centroid.get(term) ?? 0) + u);
        const left = (s.centroid.get(term) ?? 0) - u;
        if (left > 1e-9) s.centroid.set(term, left);
        else s.centroid.delete(term);
      }
    }
    for (const [term, w] of s.surface) if (t.centroid.has(term)) t.surface.set(term, w);
    t.start = s.start;
    t.end = s.end;
    t.titles = [];
    s.norm = 0;
    this.log.push({ kind: 'split', from: s.id, into: t.id, arrival: this.arrivals, similarity: plan.similarity });
    this.splitPairs.add(pairKey(s.id, t.id));
    this.refresh(s);
    this.refresh(t);
  }

  /** Stories past the time window (or not joined for `dormantAfterDocs` arrivals) leave the index for good. */
  private sweep(): void {
    const clockNow = this.clock.now();
    for (const seq of [...this.active]) {
      const s = this.stories_.get(seq)!;
      const stale = (clockNow !== null && s.end !== null && clockNow - s.end > this.opts.dormantAfterDays)
        || this.arrivals - s.lastArrival > this.opts.dormantAfterDocs;
      if (!stale) continue;
      s.frozen = freezeView(s, this.termStats, this.opts, this.extra);
      this.index.reindex(seq, s.keys, []);
      s.keys = [];
      s.members = [];
      s.titles = [];
      s.centroid = new Map(rankedTerms(s, this.termStats).slice(0, this.opts.topTerms * 3).map(([t]) => [t, s.centroid.get(t)!]));
      s.surface = new Map([...s.surface].filter(([t]) => s.centroid.has(t)));
      this.active.delete(seq);
    }
  }

  stories(only?: ReadonlySet<string>): Story[] {
    // A view costs a title choice and a copy of the member ids: an assign batch asks for the few it touched, not all.
    const records = only ? [...this.stories_.values()].filter((s) => only.has(s.id)) : [...this.stories_.values()];
    return records.sort((a, b) => a.seq - b.seq).map((s) => storyView(s, this.termStats, this.opts, this.extra));
  }

  state(): ClustererState {
    return writeState({
      arrivals: this.arrivals, nextSeq: this.nextSeq, stats: this.termStats, clock: this.clock.toState(),
      stories: [...this.stories_.values()].sort((a, b) => a.seq - b.seq), log: this.log, alias: [...this.alias],
      pending: this.pending,
    });
  }

  storyOf(docId: string): string | null {
    const seq = this.docStory.get(docId);
    return seq === undefined ? null : this.stories_.get(seq)!.id;
  }

  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.alias.get(id); next !== undefined; next = this.alias.get(id)) id = next;
    return id;
  }

  maintenance(): MaintenanceRecord[] {
    return [...this.log];
  }

  stats() {
    return { active: this.active.size, stories: this.stories_.size, vocabulary: this.termStats.vocabularySize, documents: this.docStory.size };
  }
}

/**
 * A story clusterer, empty or resumed from an earlier `state()`. Documents added later join the earlier
 * stories without the earlier documents being read again.
 *
 * @example
 *   const c = createStoryClusterer(saved, { now: new Date() });
 *   for (const doc of docs) c.add(doc);
 *   store(c.state());
 */
export function createStoryClusterer(state?: unknown, opts: Partial<StoryOptions> = {}): StoryClusterer {
  return new StreamingStoryClusterer((state ?? null) as ClustererState | null, opts);
}
