/** @module queue-pgboss — the PostgreSQL-backed job queue (pg-boss 10). */
export { PgBossQueue, type PgBossQueueOptions } from './pgboss-queue.ts';
