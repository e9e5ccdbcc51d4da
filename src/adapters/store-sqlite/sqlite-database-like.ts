/** @module sqlite-database-like — the few better-sqlite3 methods the store uses, so the store does not depend on the driver's types. */

export interface SqliteStatementLike {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface SqliteDatabaseLike {
  exec(sql: string): unknown;
  prepare(sql: string): SqliteStatementLike;
  transaction(fn: () => void): () => void;
  pragma(sql: string): unknown;
  close(): unknown;
}
