/** @module postgres-store — the Store on PostgreSQL: JSONB documents, tsvector search, safe for several writers. */
import { randomUUID } from 'node:crypto';
import type { Article, Report, Story } from '../../core/index.ts';
import type { DocumentSummary, FeedState, PutResult, RunRecord, SearchHit, Store } from '../../core/ports/store.ts';
import type { PgClientLike, PgPoolLike } from './pg-pool-like.ts';

interface DocumentRow {
  id: string; path: string; title: string | null; outlet: string | null; published: string | null; word_count: number;
}

const summary = (r: DocumentRow): DocumentSummary => ({
  id: r.id, path: r.path, title: r.title, outlet: r.outlet, published: r.published, wordCount: r.word_count,
});

interface FeedRow {
  url: string; etag: string | null; last_modified: string | null; last_polled_at: Date | null;
  last_outcome: FeedState['lastOutcome']; last_error: string | null; items_seen: number; seen_keys: string[];
}

const feedState = (r: FeedRow): FeedState => ({
  url: r.url, etag: r.etag, lastModified: r.last_modified, lastPolledAt: r.last_polled_at?.toISOString() ?? null,
  lastOutcome: r.last_outcome, lastError: r.last_error, itemsSeen: r.items_seen, seenKeys: r.seen_keys,
});

const SUMMARY_COLUMNS = 'id, path, title, outlet, published, word_count';

export class PostgresStore implements Store {
  readonly capabilities = { fullTextSearch: true, concurrentWriters: true };

  constructor(private readonly pool: PgPoolLike) {}

  /** Run `fn` in one transaction on one connection. */
  private async transaction<T>(fn: (client: PgClientLike) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  documents: Store['documents'] = {
    put: (articles: Article[]) => this.transaction(async (client): Promise<PutResult> => {
      const result: PutResult = { created: [], existing: [] };
      for (const a of articles) {
        // ON CONFLICT DO NOTHING makes concurrent ingesters of the same document safe: one wins, the rest see it as existing.
        const { rowCount } = await client.query(
          `INSERT INTO documents (id, path, url, title, outlet, published, word_count, body, article)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
          [a.id, a.path, a.url, a.title, a.outlet, a.published.date, a.wordCount, a.body, JSON.stringify(a)],
        );
        (rowCount ? result.created : result.existing).push(a.id);
      }
      return result;
    }),
    get: async (id) => (await this.pool.query<{ article: Article }>('SELECT article FROM documents WHERE id = $1', [id])).rows[0]?.article ?? null,
    getMany: async (ids) => {
      const { rows } = await this.pool.query<{ id: string; article: Article }>('SELECT id, article FROM documents WHERE id = ANY($1)', [ids]);
      const byId = new Map(rows.map((r) => [r.id, r.article]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    list: async ({ limit = 100, offset = 0 } = {}) =>
      (await this.pool.query<DocumentRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY seq LIMIT $1 OFFSET $2`, [limit, offset])).rows.map(summary),
    count: async () => Number((await this.pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM documents')).rows[0]?.n ?? 0),
    search: async (query, { limit = 20, offset = 0 } = {}): Promise<SearchHit[]> => {
      const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
      if (!words) return [];
      const { rows } = await this.pool.query<DocumentRow & { snippet: string }>(
        `SELECT ${SUMMARY_COLUMNS},
                ts_headline('english', body, q, 'StartSel="",StopSel="",MaxWords=24,MinWords=8') AS snippet
         FROM documents, plainto_tsquery('english', $1) q
         WHERE fts @@ q ORDER BY ts_rank(fts, q) DESC, seq LIMIT $2 OFFSET $3`,
        [words, limit, offset],
      );
      return rows.map((r) => ({ ...summary(r), snippet: r.snippet }));
    },
  };

  stories: Store['stories'] = {
    put: (stories: Story[]) => this.transaction(async (client) => {
      for (const s of stories) {
        await client.query(
          `INSERT INTO stories (id, title, story, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, story = excluded.story, updated_at = now()`,
          [s.id, s.title, JSON.stringify(s)],
        );
      }
    }),
    get: async (id) => (await this.pool.query<{ story: Story }>('SELECT story FROM stories WHERE id = $1', [id])).rows[0]?.story ?? null,
    list: async ({ limit = 100, offset = 0 } = {}) =>
      (await this.pool.query<{ story: Story }>('SELECT story FROM stories ORDER BY updated_at DESC, id LIMIT $1 OFFSET $2', [limit, offset])).rows.map((r) => r.story),
    getClusterState: async () => (await this.pool.query<{ state: unknown }>("SELECT state FROM cluster_state WHERE key = 'stories'")).rows[0]?.state ?? null,
    putClusterState: (state, logSeq) => this.transaction(async (client) => {
      await client.query(
        "INSERT INTO cluster_state (key, state) VALUES ('stories', $1) ON CONFLICT (key) DO UPDATE SET state = excluded.state",
        [JSON.stringify(state)],
      );
      if (logSeq === undefined) await client.query('DELETE FROM cluster_log');
      else await client.query('DELETE FROM cluster_log WHERE seq <= $1', [logSeq]);
    }),
    appendClusterLog: async (ids) => {
      const { rows } = await this.pool.query<{ seq: string }>('INSERT INTO cluster_log (ids) VALUES ($1) RETURNING seq', [JSON.stringify(ids)]);
      return Number(rows[0]!.seq);
    },
    getClusterLog: async () => (await this.pool.query<{ seq: string; ids: string[] }>('SELECT seq, ids FROM cluster_log ORDER BY seq')).rows
      .map((r) => ({ seq: Number(r.seq), ids: r.ids })),
  };

  analyses: Store['analyses'] = {
    put: async (storyId: string, report: Report) => {
      await this.pool.query(
        `INSERT INTO analyses (story_id, report, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, updated_at = now()`,
        [storyId, JSON.stringify(report)],
      );
    },
    get: async (storyId) => (await this.pool.query<{ report: Report }>('SELECT report FROM analyses WHERE story_id = $1', [storyId])).rows[0]?.report ?? null,
  };

  feeds: Store['feeds'] = {
    get: async (url) => {
      const row = (await this.pool.query<FeedRow>('SELECT * FROM feeds WHERE url = $1', [url])).rows[0];
      return row ? feedState(row) : null;
    },
    put: async (f: FeedState) => {
      await this.pool.query(
        `INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_outcome, last_error, items_seen, seen_keys)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,
           last_outcome = excluded.last_outcome, last_error = excluded.last_error, items_seen = excluded.items_seen, seen_keys = excluded.seen_keys`,
        [f.url, f.etag, f.lastModified, f.lastPolledAt, f.lastOutcome, f.lastError, f.itemsSeen, JSON.stringify(f.seenKeys)],
      );
    },
    list: async ({ limit = 100, offset = 0 } = {}) =>
      (await this.pool.query<FeedRow>('SELECT * FROM feeds ORDER BY url LIMIT $1 OFFSET $2', [limit, offset])).rows.map(feedState),
    remove: async (url) => ((await this.pool.query('DELETE FROM feeds WHERE url = $1', [url])).rowCount ?? 0) > 0,
  };

  runs: Store['runs'] = {
    start: async (command, inputs) => {
      const id = randomUUID();
      await this.pool.query('INSERT INTO runs (id, command, inputs, summary) VALUES ($1, $2, $3, $4)', [id, command, JSON.stringify(inputs), '{}']);
      return id;
    },
    finish: async (id, summary) => {
      await this.pool.query('UPDATE runs SET finished_at = now(), summary = $2 WHERE id = $1', [id, JSON.stringify(summary)]);
    },
    list: async ({ limit = 20 } = {}) => {
      const { rows } = await this.pool.query<{ id: string; started_at: Date; finished_at: Date | null; command: string; inputs: string[]; summary: Record<string, unknown> }>(
        'SELECT * FROM runs ORDER BY started_at DESC LIMIT $1', [limit]);
      return rows.map((r): RunRecord => ({
        id: r.id, startedAt: r.started_at.toISOString(), finishedAt: r.finished_at?.toISOString() ?? null,
        command: r.command, inputs: r.inputs, summary: r.summary,
      }));
    },
  };

  async close(): Promise<void> {
    await this.pool.end();
  }
}
