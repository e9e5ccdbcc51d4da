/** @module source-label — a short human name for where a document came from. */

/** The outlet if known, else the URL's host (without "www."), else the file name without its extension. */
export function sourceLabel(doc: { outlet: string | null; url: string | null; path: string }): string {
  if (doc.outlet) return doc.outlet;
  if (doc.url) {
    try {
      return new URL(doc.url).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL: fall through to the path */
    }
  }
  const base = doc.path.split(/[\\/]/).pop() ?? doc.path;
  return base.replace(/#\d+$/, '').replace(/\.[a-z0-9]+$/i, '') || doc.path;
}
