/** Migration 1: documents (content-addressed) with full-text search, stories, clusterer state, analyses, runs. */
export const migration001 = `
CREATE TABLE documents (
  seq BIGSERIAL UNIQUE,
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  url TEXT,
  title TEXT,
  outlet TEXT,
  published TEXT,
  word_count INTEGER NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  body TEXT NOT NULL,
  article JSONB NOT NULL,
  fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED
);
CREATE INDEX documents_fts ON documents USING GIN (fts);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  story JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE cluster_state (
  key TEXT PRIMARY KEY,
  state JSONB NOT NULL
);
CREATE TABLE analyses (
  story_id TEXT PRIMARY KEY,
  report JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ,
  command TEXT NOT NULL,
  inputs JSONB NOT NULL,
  summary JSONB NOT NULL
);
`;
