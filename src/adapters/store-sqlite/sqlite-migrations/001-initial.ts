/** Migration 1: documents (content-addressed) with full-text search, stories, clusterer state, analyses, runs. */
export const migration001 = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  url TEXT,
  title TEXT,
  outlet TEXT,
  published TEXT,
  word_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  article TEXT NOT NULL
);
CREATE INDEX documents_ingested ON documents (ingested_at, id);
CREATE VIRTUAL TABLE documents_fts USING fts5 (id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  story TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE cluster_state (
  key TEXT PRIMARY KEY,
  state TEXT NOT NULL
);
CREATE TABLE analyses (
  story_id TEXT PRIMARY KEY,
  report TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  command TEXT NOT NULL,
  inputs TEXT NOT NULL,
  summary TEXT NOT NULL
);
`;
