/** @module queue-inline — the in-process queue. */
export { InlineQueue } from './inline-queue.ts';
