/**
 * @module clean/html/parse-tree — HTML into a small element tree, using htmlparser2's tokenizer and its
 * implied-end-tag rules. Light on purpose: no DOM API, just what the reader walks, built without
 * recursion (100,000-deep nesting is fine) and indexed by tag for the metadata lookups.
 */
import { Parser } from 'htmlparser2';
import { topFirstStack } from './top-first-stack.ts';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  /** Elements and text, in document order. */
  children: (El | string)[];
  parent: El | null;
  /** Position in the parse, for document-order comparisons. */
  order: number;
}

export interface ParsedPage {
  root: El;
  /** Elements of the tags the metadata readers look for (meta, link, script, time, title, html ...). */
  byTag: Map<string, El[]>;
  /** Every element in document order (`all[i].order === i + 1`); parents come before children. */
  all: El[];
}

/** Tags collected in `byTag`. */
const INDEXED = new Set(['html', 'meta', 'link', 'script', 'time', 'title', 'h1', 'abbr', 'base']);

/** Parse a page; never throws on malformed markup (unterminated tags are closed at the end). */
export function parseTree(html: string): ParsedPage {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null, order: 0 };
  const byTag = new Map<string, El[]>();
  const all: El[] = [];
  let current = root;
  let order = 1;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { tag: name, attrs, children: [], parent: current, order: order++ };
        current.children.push(el);
        all.push(el);
        current = el;
        if (INDEXED.has(name)) {
          const list = byTag.get(name);
          if (list) list.push(el); else byTag.set(name, [el]);
        }
      },
      onclosetag() {
        if (current.parent) current = current.parent;
      },
      ontext(data) {
        const kids = current.children;
        const last = kids[kids.length - 1];
        if (typeof last === 'string') kids[kids.length - 1] = last + data;
        else kids.push(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // swap the parser's newest-first arrays for O(1) stacks (see top-first-stack); skipped if its internals change
  const internals = parser as unknown as { stack?: unknown; foreignContext?: unknown };
  if (Array.isArray(internals.stack) && internals.stack.length === 0) internals.stack = topFirstStack<string>();
  if (Array.isArray(internals.foreignContext)) internals.foreignContext = topFirstStack<boolean>(internals.foreignContext as boolean[]);
  parser.end(html);
  return { root, byTag, all };
}

/** The text inside an element (all descendants, tags dropped), iteratively. */
export function textOf(el: El): string {
  let out = '';
  const stack: (El | string)[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') { out += n; continue; }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
