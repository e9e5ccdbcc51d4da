/** @module format-bytes — a byte count as a user reads it in a message: "512 KB", "20.0 MB", "8.0 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1048576) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
