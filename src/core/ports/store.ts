/**
 * @module store — the storage port. Grouped by aggregate; every method is async so an
 * embedded (SQLite) and a networked (PostgreSQL) adapter fit the same shape.
 * Writes are atomic per call: a failed call leaves what was stored before untouched.
 */
import type { Article } from '../types/article.ts';
import type { Story } from '../types/story.ts';
import type { Report } from '../types/report.ts';

export interface PutResult {
  /** Ids newly stored by this call. */
  created: string[];
  /** Ids that were already stored (same content): nothing written for them. */
  existing: string[];
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  path: string;
  published: string | null;
  wordCount: number;
}

export interface SearchHit extends DocumentSummary {
  /** A short excerpt around the match, plain text (never HTML). */
  snippet: string;
}

export interface RunRecord {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  command: string;
  inputs: string[];
  summary: Record<string, unknown>;
}

/** What the poller remembers about one feed between polls. */
export interface FeedState {
  /** The feed's URL as the user gave it: the key. */
  url: string;
  /** Validators from the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** When the feed was last polled (ISO 8601), whatever the outcome. */
  lastPolledAt: string | null;
  /** Outcome of the last poll: 'new' (200), 'unchanged' (304) or 'failed'. */
  lastOutcome: 'new' | 'unchanged' | 'failed' | null;
  /** Why the last poll failed, one line; null when it did not. */
  lastError: string | null;
  /** How many distinct items have been taken from this feed in all. */
  itemsSeen: number;
  /** Keys (guid, else link, else title) of the items taken, newest first, capped by the poller. */
  seenKeys: string[];
}

export interface StoreCapabilities {
  /** search() is implemented (FTS5 in SQLite, tsvector in PostgreSQL). */
  fullTextSearch: boolean;
  /** Several processes may write at once (PostgreSQL); SQLite is one writer. */
  concurrentWriters: boolean;
}

export interface Store {
  readonly capabilities: StoreCapabilities;

  documents: {
    /** Store articles by content id, in one transaction; already stored ids are left as they are. */
    put(articles: Article[]): Promise<PutResult>;
    get(id: string): Promise<Article | null>;
    getMany(ids: string[]): Promise<Article[]>;
    list(opts?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
    count(): Promise<number>;
    /** Full-text search; present when capabilities.fullTextSearch. */
    search?(query: string, opts?: { limit?: number; offset?: number }): Promise<SearchHit[]>;
  };

  stories: {
    /** Replace the story set's membership with these stories (upsert by id), in one transaction. */
    put(stories: Story[]): Promise<void>;
    get(id: string): Promise<Story | null>;
    list(opts?: { limit?: number; offset?: number }): Promise<Story[]>;
    /** Opaque state of the streaming clusterer, so new documents join old stories. */
    getClusterState(): Promise<unknown | null>;
    /**
     * Replace the state (a snapshot) and, in the same transaction, drop the log entries it already holds:
     * those up to `logSeq`, or all of them when it is not given.
     */
    putClusterState(state: unknown, logSeq?: number): Promise<void>;
    /**
     * Append a batch of documents given to the clusterer since the snapshot, in the order they were added;
     * resolves to the entry's sequence number. Snapshot plus log replayed in order is the clusterer's state,
     * so a big state need not be rewritten after every small batch.
     */
    appendClusterLog(ids: string[]): Promise<number>;
    /** Log entries not yet in the snapshot, oldest first. */
    getClusterLog(): Promise<{ seq: number; ids: string[] }[]>;
  };

  /** Analysis results: one report per story (the report contract, restricted to that story). */
  analyses: {
    put(storyId: string, report: Report): Promise<void>;
    get(storyId: string): Promise<Report | null>;
  };

  /** Per-feed polling state (conditional-request validators, items already taken). */
  feeds: {
    get(url: string): Promise<FeedState | null>;
    /** Insert or replace the state of `state.url`. */
    put(state: FeedState): Promise<void>;
    /** Feeds by URL. */
    list(opts?: { limit?: number; offset?: number }): Promise<FeedState[]>;
    /** Forget a feed; true when it was stored. */
    remove(url: string): Promise<boolean>;
  };

  runs: {
    start(command: string, inputs: string[]): Promise<string>;
    finish(id: string, summary: Record<string, unknown>): Promise<void>;
    list(opts?: { limit?: number }): Promise<RunRecord[]>;
  };

  close(): Promise<void>;
}
