/** Migration 2: per-feed polling state (validators for conditional requests, items already taken). */
export const migration002 = `
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_polled_at TIMESTAMPTZ,
  last_outcome TEXT,
  last_error TEXT,
  items_seen INTEGER NOT NULL DEFAULT 0,
  seen_keys JSONB NOT NULL DEFAULT '[]',
  added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`;
