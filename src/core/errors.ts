/** @module errors — user-facing errors: one clear line naming the input, never a stack trace. */

/** An input that cannot be read or understood. `path` names it; `message` says why in words. */
export class InputError extends Error {
  constructor(readonly path: string, reason: string) {
    super(reason);
    this.name = 'InputError';
  }
  /** The one line a user sees: "<path>: <reason>". */
  line(): string {
    return `${this.path}: ${this.message}`;
  }
}

/** Bad usage of a command or API (unknown flag, missing argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The store cannot be opened or written (unreachable database, disk full): nothing stored was changed. */
export class StoreError extends Error {
  override name = 'StoreError';
}
