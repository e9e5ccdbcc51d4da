/** @module readers/text — a plain-text file is one article; its text is the decoded file, exactly. */
import type { Sink } from '../sink.ts';
import { baseMeta, type DocumentContext } from './document-context.ts';

export function readText(text: string, ctx: DocumentContext, sink: Sink): void {
  if (text.trim() === '') return sink.problem(ctx.path, 'file holds only whitespace');
  sink.record({ path: ctx.path, format: 'text', sourceId: null, url: ctx.url, title: null, text, html: null, published: null, outlet: null, meta: baseMeta(ctx) });
}
