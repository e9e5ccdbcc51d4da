/** @module describe-fs-error — a file-system error as the few words a user needs (no errno numbers, no stack). */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'no such file or folder (a part of the path is not a folder)',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: operation not permitted',
  ELOOP: 'cannot be read: too many symbolic links (a link loop?)',
  EISDIR: 'is a folder where a file was expected',
  EMFILE: 'cannot be read: too many open files',
  ENAMETOOLONG: 'cannot be read: path too long',
  EIO: 'cannot be read: input/output error',
};

export function describeFsError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  const msg = err instanceof Error ? err.message : String(err);
  return `cannot be read: ${msg.split('\n')[0]}`;
}
