/** @module document-context — what a reader knows about one document besides its text. */

export interface DocumentContext {
  /** The input's name in records and problems (file path, or URL). */
  path: string;
  /** The URL the document was fetched from (after redirects), or null for a file. */
  url: string | null;
  /** How the encoding was chosen, when worth recording (goes into meta.encoding). */
  encodingNote: string | null;
}

/** meta for a record: the encoding note when there is one. */
export function baseMeta(ctx: DocumentContext): Record<string, unknown> {
  return ctx.encodingNote ? { encoding: ctx.encodingNote } : {};
}
