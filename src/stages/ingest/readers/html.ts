/**
 * @module readers/html — an HTML page is one article, kept raw: clean finds its title, body, date and
 * canonical URL. Here only the URL it was fetched from, if any, is attached.
 */
import type { Sink } from '../sink.ts';
import { baseMeta, type DocumentContext } from './document-context.ts';

export function readHtml(html: string, ctx: DocumentContext, sink: Sink, extraMeta: Record<string, unknown> = {}): void {
  if (!/[^\s<>]/.test(html.replace(/<[^>]{0,2000}>/g, ''))) return sink.problem(ctx.path, 'HTML page has no visible text');
  sink.record({ path: ctx.path, format: 'html', sourceId: null, url: ctx.url, title: null, text: null, html, published: null, outlet: null, meta: { ...baseMeta(ctx), ...extraMeta } });
}
