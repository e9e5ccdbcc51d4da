/**
 * @module readers/rss — RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item with content becomes one
 * record. Content is taken from content:encoded, Atom content, description or summary (as HTML when it
 * holds markup, else as text); link, title, pubDate/dc:date/published/updated and the feed's title
 * (as outlet) come along. A malformed feed is one problem; items that could still be recovered are kept.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawArticle } from '../../../core/index.ts';
import type { Sink } from '../sink.ts';
import { baseMeta, type DocumentContext } from './document-context.ts';
import { toIsoDate } from './published.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

const MARKUP = /<[a-z][a-z0-9]*[\s>/]/i;

export function readFeed(xml: string, ctx: DocumentContext, sink: Sink): void {
  const valid = XMLValidator.validate(xml);
  const defect = valid === true ? null : `line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`;
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return sink.problem(ctx.path, `malformed XML feed (${defect ?? (err instanceof Error ? err.message : String(err))})`);
  }
  const feed = findFeed(doc);
  if (!feed) return sink.problem(ctx.path, defect ? `malformed XML feed (${defect})` : 'XML is not an RSS or Atom feed');
  const outlet = textOf(feed.channel.title) ?? null;
  let kept = 0;
  feed.items.forEach((item, i) => {
    const record = itemRecord(item, `${ctx.path}#${i + 1}`, feed.kind, outlet, ctx);
    if (record) {
      kept++;
      sink.record(record);
    }
  });
  if (defect) sink.problem(ctx.path, `malformed XML feed (${defect}); ${kept} item(s) recovered`);
  else if (!kept) sink.problem(ctx.path, feed.items.length ? 'feed items have no title or content' : 'feed has no items');
}

interface Feed {
  kind: 'rss' | 'atom';
  channel: Node;
  items: Node[];
}

function findFeed(doc: Node): Feed | null {
  const rss = asNode(doc.rss);
  if (rss) {
    const channel = asNode(first(rss.channel)) ?? {};
    return { kind: 'rss', channel, items: nodes(channel.item) };
  }
  const rdf = asNode(doc['rdf:RDF']);
  if (rdf) return { kind: 'rss', channel: asNode(first(rdf.channel)) ?? {}, items: nodes(rdf.item) };
  const atom = asNode(doc.feed);
  if (atom) return { kind: 'atom', channel: atom, items: nodes(atom.entry) };
  return null;
}

function itemRecord(item: Node, path: string, kind: 'rss' | 'atom', outlet: string | null, ctx: DocumentContext): RawArticle | null {
  const title = textOf(item.title);
  const content = textOf(item['content:encoded']) ?? textOf(item.content) ?? textOf(item.description) ?? textOf(item.summary);
  if (!title && !content) return null;
  const rawDate = textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item.published) ?? textOf(item.updated);
  const published = rawDate ? toIsoDate(rawDate) : null;
  const meta: Record<string, unknown> = baseMeta(ctx);
  const author = textOf(item['dc:creator']) ?? textOf(item.author);
  if (author) meta.author = author;
  const categories = nodesOrStrings(item.category).map(textOf).filter((c): c is string => !!c);
  if (categories.length) meta.categories = categories;
  if (rawDate && !published) meta.unparsedPublished = rawDate;
  const isHtml = !!content && MARKUP.test(content);
  return {
    path,
    format: kind,
    sourceId: textOf(item.guid) ?? textOf(item.id) ?? null,
    url: linkOf(item, kind) ?? null,
    title: title ?? null,
    text: content && !isHtml ? content : null,
    html: isHtml ? content! : null,
    published,
    outlet,
    meta,
  };
}

/** RSS: the <link> text. Atom: the alternate link's href (or the first link without rel). */
function linkOf(item: Node, kind: 'rss' | 'atom'): string | undefined {
  const links = nodesOrStrings(item.link);
  if (kind === 'rss') return links.map(textOf).find((l) => !!l);
  const hrefs = links.map((l) => asNode(l)).filter((l): l is Node => !!l);
  const alt = hrefs.find((l) => l['@_rel'] === 'alternate') ?? hrefs.find((l) => !l['@_rel']) ?? hrefs[0];
  return typeof alt?.['@_href'] === 'string' ? alt['@_href'] : undefined;
}

/** The text of an element: a string, an element's #text, or (Atom xhtml content) its strings joined. */
function textOf(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0], depth + 1);
  const node = asNode(v);
  if (!node || depth > 8) return undefined;
  if ('#text' in node) return textOf(node['#text'], depth + 1);
  if ('name' in node) return textOf(node.name, depth + 1); // Atom <author><name>
  const parts = Object.entries(node).filter(([k]) => !k.startsWith('@_')).map(([, x]) => textOf(x, depth + 1)).filter(Boolean);
  return parts.length ? parts.join('\n') : undefined;
}

function asNode(v: unknown): Node | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
}
function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}
function nodes(v: unknown): Node[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(asNode).filter((n): n is Node => !!n);
}
function nodesOrStrings(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}
