/**
 * @module clean/html/render-text — the visible text of a parsed page: one line per block run, whitespace
 * collapsed (kept inside <pre>), hidden parts left out. Each line is a Segment remembering the block
 * element it belongs to and how much of it is link text, for the content scorer.
 */
import type { El } from './parse-tree.ts';

export interface Segment {
  start: number;
  end: number;
  /** Innermost block element holding the line. */
  block: El;
  /** Characters of the line inside <a>. */
  linkChars: number;
}

export interface Rendered {
  text: string;
  segments: Segment[];
}

/** Elements whose content is never shown as text. */
const HIDDEN = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'select', 'textarea', 'button', 'title', 'video', 'audio', 'map', 'dialog',
]);

/** Elements that start and end a line. */
export const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'form', 'fieldset', 'legend', 'address',
  'hr', 'br', 'details', 'summary', 'body', 'html', 'center', 'hgroup', 'menu', 'option', 'label',
]);

/** Inline elements that get a line of their own: image captions and credits set inside a text block. */
const CAPTION_CLASS = /caption|credit/i;
const isBlock = (el: El) => BLOCK.has(el.tag) || ((el.tag === 'span' || el.tag === 'small') && CAPTION_CLASS.test(el.attrs.class ?? ''));

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isHidden(el: El): boolean {
  if (HIDDEN.has(el.tag)) return true;
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (el.tag === 'input') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** Render the tree rooted at `root` (an iterative walk: deep nesting cannot overflow the stack). */
export function renderText(root: El): Rendered {
  let text = '';
  const segments: Segment[] = [];
  let line = '';
  let lineLinks = 0;
  let linkDepth = 0;
  let preDepth = 0;
  const blocks: El[] = [root];

  const flush = () => {
    const body = line.trim();
    if (body) {
      if (text) text += '\n';
      const start = text.length;
      text += body;
      segments.push({ start, end: text.length, block: blocks[blocks.length - 1]!, linkChars: Math.min(lineLinks, body.length) });
    }
    line = '';
    lineLinks = 0;
  };
  const add = (s: string) => {
    let piece = s;
    if (!preDepth) {
      piece = s.replace(/[\s\u0000]+/g, ' ');
      if (piece.startsWith(' ') && (line === '' || line.endsWith(' '))) piece = piece.slice(1);
    } else {
      piece = s.replace(/\u0000/g, '');
      // keep the lines of a <pre> as lines of text
      const parts = piece.split('\n');
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) flush();
        line += parts[i];
        if (linkDepth) lineLinks += parts[i]!.length;
      }
      return;
    }
    line += piece;
    if (linkDepth) lineLinks += piece.length;
  };

  // stack of nodes to visit; an El pushed with `exit` marks the moment its children are done
  const stack: { node: El | string; exit: boolean }[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, exit: false });
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (typeof node === 'string') { add(node); continue; }
    const block = isBlock(node);
    if (exit) {
      if (node.tag === 'a') linkDepth--;
      if (node.tag === 'pre') preDepth--;
      if (block) { flush(); blocks.pop(); }
      else if (node.tag === 'td' || node.tag === 'th') add(' ');
      continue;
    }
    if (isHidden(node)) continue;
    if (block) { flush(); blocks.push(node); }
    if (node.tag === 'a') linkDepth++;
    if (node.tag === 'pre') preDepth++;
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
  flush();
  return { text, segments };
}
