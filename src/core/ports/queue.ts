/**
 * @module queue — the job-queue port: ingest and analysis spread over worker processes.
 * Jobs must be idempotent: a job may run more than once (retries, a worker killed mid-job).
 */
export interface JobOptions {
  /** Retries before the job is dead-lettered with its last error. */
  retryLimit?: number;
  /** Deduplication key: a second job with the same key while one is queued is dropped. */
  singletonKey?: string;
  /** Hold the job this long before a worker may take it (with singletonKey: repeats within the wait fold into one). */
  delaySeconds?: number;
}

export interface Job<T> {
  id: string;
  name: string;
  data: T;
}

export interface WorkOptions {
  /** Jobs handed to the handler at once (default 1). */
  batchSize?: number;
  /**
   * One worker at a time across every process takes this queue's jobs (the others stand by and
   * take over when it dies), so its handler may keep state in memory between batches.
   */
  exclusive?: boolean;
}

/**
 * Handles a batch of jobs; a throw fails (and retries) every job of the batch. What it returns is
 * kept with the jobs as their output (`status` sums `{ documents }` outputs for throughput).
 */
export type JobHandler<T> = (jobs: Job<T>[]) => Promise<object | void>;

export interface QueueStats {
  queued: number;
  active: number;
  completed: number;
  failed: number;
}

export interface DeadLetter {
  id: string;
  name: string;
  /** The job's last error. */
  error: string;
  data: unknown;
  failedAt: string | null;
}

export interface QueueStatus {
  queues: ({ name: string } & QueueStats)[];
  /** Jobs that failed their last retry, newest first, with the reason. */
  deadLetters: DeadLetter[];
  /** Outputs' `documents` summed over jobs completed in the last `windowMinutes`. */
  recent: { windowMinutes: number; jobs: number; documents: number };
}

export interface Queue {
  enqueue<T extends object>(name: string, data: T, opts?: JobOptions): Promise<string | null>;
  /** Process jobs of one name until stop() is called. */
  work<T extends object>(name: string, handler: JobHandler<T>, opts?: WorkOptions): Promise<void>;
  /** Jobs of this name held back by `delaySeconds` may run now; resolves to how many were held. */
  release(name: string): Promise<number>;
  stats(name?: string): Promise<QueueStats>;
  /** Depth per queue, dead letters and recent throughput, for `synoptic status`. */
  status(opts?: { windowMinutes?: number; deadLetters?: number }): Promise<QueueStatus>;
  stop(): Promise<void>;
}
