/** @module sqlite-store — the embedded default Store: one SQLite file, WAL mode, FTS5 search. */
import { randomUUID } from 'node:crypto';
import type { Article, Report, Story } from '../../core/index.ts';
import type { DocumentSummary, FeedState, PutResult, RunRecord, SearchHit, Store } from '../../core/ports/store.ts';
import type { SqliteDatabaseLike } from './sqlite-database-like.ts';
import { migrate } from './sqlite-schema.ts';

interface DocumentRow {
  id: string; path: string; title: string | null; outlet: string | null; published: string | null; word_count: number;
}

const summary = (r: DocumentRow): DocumentSummary => ({
  id: r.id, path: r.path, title: r.title, outlet: r.outlet, published: r.published, wordCount: r.word_count,
});

interface FeedRow {
  url: string; etag: string | null; last_modified: string | null; last_polled_at: string | null;
  last_outcome: FeedState['lastOutcome']; last_error: string | null; items_seen: number; seen_keys: string;
}

const feedState = (r: FeedRow): FeedState => ({
  url: r.url, etag: r.etag, lastModified: r.last_modified, lastPolledAt: r.last_polled_at, lastOutcome: r.last_outcome,
  lastError: r.last_error, itemsSeen: r.items_seen, seenKeys: JSON.parse(r.seen_keys) as string[],
});

/** Quote every term so user input cannot inject FTS5 syntax. */
function ftsQuery(query: string): string {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => `"${t}"`).join(' ');
}

export class SqliteStore implements Store {
  readonly capabilities = { fullTextSearch: true, concurrentWriters: false };

  constructor(private readonly db: SqliteDatabaseLike) {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  }

  documents: Store['documents'] = {
    put: async (articles: Article[]): Promise<PutResult> => {
      const exists = this.db.prepare('SELECT 1 FROM documents WHERE id = ?');
      const insert = this.db.prepare(
        'INSERT INTO documents (id, path, url, title, outlet, published, word_count, ingested_at, article) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const fts = this.db.prepare('INSERT INTO documents_fts (id, title, body) VALUES (?, ?, ?)');
      const result: PutResult = { created: [], existing: [] };
      const now = new Date().toISOString();
      this.db.transaction(() => {
        for (const a of articles) {
          if (exists.get(a.id) || result.created.includes(a.id)) { result.existing.push(a.id); continue; }
          insert.run(a.id, a.path, a.url, a.title, a.outlet, a.published.date, a.wordCount, now, JSON.stringify(a));
          fts.run(a.id, a.title ?? '', a.body);
          result.created.push(a.id);
        }
      })();
      return result;
    },
    get: async (id) => {
      const row = this.db.prepare('SELECT article FROM documents WHERE id = ?').get(id) as { article: string } | undefined;
      return row ? (JSON.parse(row.article) as Article) : null;
    },
    getMany: async (ids) => {
      const get = this.db.prepare('SELECT article FROM documents WHERE id = ?');
      return ids.flatMap((id) => {
        const row = get.get(id) as { article: string } | undefined;
        return row ? [JSON.parse(row.article) as Article] : [];
      });
    },
    list: async ({ limit = 100, offset = 0 } = {}) =>
      (this.db.prepare('SELECT id, path, title, outlet, published, word_count FROM documents ORDER BY ingested_at, id LIMIT ? OFFSET ?')
        .all(limit, offset) as DocumentRow[]).map(summary),
    count: async () => (this.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n,
    search: async (query, { limit = 20, offset = 0 } = {}): Promise<SearchHit[]> => {
      const q = ftsQuery(query);
      if (!q) return [];
      const rows = this.db.prepare(
        `SELECT d.id, d.path, d.title, d.outlet, d.published, d.word_count,
                snippet(documents_fts, 2, '', '', ' … ', 24) AS snippet
         FROM documents_fts JOIN documents d ON d.id = documents_fts.id
         WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
      ).all(q, limit, offset) as (DocumentRow & { snippet: string })[];
      return rows.map((r) => ({ ...summary(r), snippet: r.snippet }));
    },
  };

  stories: Store['stories'] = {
    put: async (stories: Story[]) => {
      const upsert = this.db.prepare(
        `INSERT INTO stories (id, title, story, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, story = excluded.story, updated_at = excluded.updated_at`,
      );
      const now = new Date().toISOString();
      this.db.transaction(() => { for (const s of stories) upsert.run(s.id, s.title, JSON.stringify(s), now); })();
    },
    get: async (id) => {
      const row = this.db.prepare('SELECT story FROM stories WHERE id = ?').get(id) as { story: string } | undefined;
      return row ? (JSON.parse(row.story) as Story) : null;
    },
    list: async ({ limit = 100, offset = 0 } = {}) =>
      (this.db.prepare('SELECT story FROM stories ORDER BY updated_at DESC, id LIMIT ? OFFSET ?').all(limit, offset) as { story: string }[])
        .map((r) => JSON.parse(r.story) as Story),
    getClusterState: async () => {
      const row = this.db.prepare("SELECT state FROM cluster_state WHERE key = 'stories'").get() as { state: string } | undefined;
      return row ? JSON.parse(row.state) : null;
    },
    putClusterState: async (state, logSeq) => {
      this.db.transaction(() => {
        this.db.prepare(
          "INSERT INTO cluster_state (key, state) VALUES ('stories', ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state",
        ).run(JSON.stringify(state));
        if (logSeq === undefined) this.db.prepare('DELETE FROM cluster_log').run();
        else this.db.prepare('DELETE FROM cluster_log WHERE seq <= ?').run(logSeq);
      })();
    },
    appendClusterLog: async (ids) => Number(this.db.prepare('INSERT INTO cluster_log (ids) VALUES (?)').run(JSON.stringify(ids)).lastInsertRowid),
    getClusterLog: async () => (this.db.prepare('SELECT seq, ids FROM cluster_log ORDER BY seq').all() as { seq: number; ids: string }[])
      .map((r) => ({ seq: Number(r.seq), ids: JSON.parse(r.ids) as string[] })),
  };

  analyses: Store['analyses'] = {
    put: async (storyId: string, report: Report) => {
      this.db.prepare(
        `INSERT INTO analyses (story_id, report, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, updated_at = excluded.updated_at`,
      ).run(storyId, JSON.stringify(report), new Date().toISOString());
    },
    get: async (storyId) => {
      const row = this.db.prepare('SELECT report FROM analyses WHERE story_id = ?').get(storyId) as { report: string } | undefined;
      return row ? (JSON.parse(row.report) as Report) : null;
    },
  };

  feeds: Store['feeds'] = {
    get: async (url) => {
      const row = this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
      return row ? feedState(row) : null;
    },
    put: async (f: FeedState) => {
      this.db.prepare(
        `INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_outcome, last_error, items_seen, seen_keys, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,
           last_outcome = excluded.last_outcome, last_error = excluded.last_error, items_seen = excluded.items_seen, seen_keys = excluded.seen_keys`,
      ).run(f.url, f.etag, f.lastModified, f.lastPolledAt, f.lastOutcome, f.lastError, f.itemsSeen, JSON.stringify(f.seenKeys), new Date().toISOString());
    },
    list: async ({ limit = 100, offset = 0 } = {}) =>
      (this.db.prepare('SELECT * FROM feeds ORDER BY url LIMIT ? OFFSET ?').all(limit, offset) as FeedRow[]).map(feedState),
    remove: async (url) => this.db.prepare('DELETE FROM feeds WHERE url = ?').run(url).changes > 0,
  };

  runs: Store['runs'] = {
    start: async (command, inputs) => {
      const id = randomUUID();
      this.db.prepare('INSERT INTO runs (id, started_at, command, inputs, summary) VALUES (?, ?, ?, ?, ?)')
        .run(id, new Date().toISOString(), command, JSON.stringify(inputs), '{}');
      return id;
    },
    finish: async (id, summary) => {
      this.db.prepare('UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?').run(new Date().toISOString(), JSON.stringify(summary), id);
    },
    list: async ({ limit = 20 } = {}) =>
      (this.db.prepare('SELECT * FROM runs ORDER BY started_at DESC LIMIT ?').all(limit) as Record<string, string | null>[]).map(
        (r): RunRecord => ({
          id: r.id!, startedAt: r.started_at!, finishedAt: r.finished_at ?? null, command: r.command!,
          inputs: JSON.parse(r.inputs!), summary: JSON.parse(r.summary!),
        }),
      ),
  };

  async close(): Promise<void> {
    this.db.close();
  }
}
