/**
 * @module queue — the job-queue port: analysis spread over workers.
 * Jobs must be idempotent: a job may run more than once (retries, a worker killed mid-job).
 */
export interface JobOptions {
  /** Retries before the job is dead-lettered with its last error. */
  retryLimit?: number;
  /** Deduplication key: a second job with the same key while one is pending is dropped. */
  singletonKey?: string;
}

export interface Job<T> {
  id: string;
  name: string;
  data: T;
}

export interface QueueStats {
  queued: number;
  active: number;
  completed: number;
  failed: number;
}

export interface Queue {
  enqueue<T extends object>(name: string, data: T, opts?: JobOptions): Promise<string | null>;
  /** Process jobs of one name until stop() is called. */
  work<T extends object>(name: string, handler: (job: Job<T>) => Promise<void>): Promise<void>;
  stats(name?: string): Promise<QueueStats>;
  stop(): Promise<void>;
}
