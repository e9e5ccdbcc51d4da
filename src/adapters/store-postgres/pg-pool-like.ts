/** @module pg-pool-like — the few `pg` methods the store uses, so the store does not depend on the driver's types. */

export interface PgQueryResultLike<R> {
  rows: R[];
  rowCount: number | null;
}

export interface PgClientLike {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<PgQueryResultLike<R>>;
  release(): void;
}

export interface PgPoolLike {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<PgQueryResultLike<R>>;
  connect(): Promise<PgClientLike>;
  end(): Promise<void>;
}
