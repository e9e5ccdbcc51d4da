/**
 * @module sniff-text — which reader a decoded document needs, told from its content (the extension
 * is only a tie-breaker nobody needs): a JSON value or JSON lines, an RSS/Atom feed, an HTML page,
 * or plain text. Looks only at the start of the text, with bounded scans.
 */

export type TextKind = 'json' | 'rss' | 'html' | 'text' | 'xml';

const HEAD_CHARS = 4096;
/** Tags that only HTML pages open with (after doctype, comments and whitespace). */
const HTML_START = /^<(!doctype\s+html|html|head|body|meta|title|link|script|style|div|article|section|main|header|nav|p|h[1-6]|table|span|a|br|img|ul|ol|form|noscript|base|iframe)[\s>/]/i;
const FEED_ROOT = /^<(rss|feed|rdf:RDF)[\s>]/;

export function sniffText(text: string): TextKind {
  const head = skipPrologue(text.slice(0, HEAD_CHARS));
  const first = head[0];
  if (first === '{' || first === '[') return 'json';
  if (first !== '<') return 'text';
  if (FEED_ROOT.test(head)) return 'rss';
  if (HTML_START.test(head)) return 'html';
  // XML with an unknown root: an XHTML page declares its namespace; anything else is XML data.
  if (/^<[\w:-]+[^>]*xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/.test(head)) return 'html';
  return head.startsWith('<?xml') || /^<[\w:-]+[\s>]/.test(head) ? 'xml' : 'text';
}

/** The root element's name, for messages about XML that is neither feed nor page. */
export function rootElement(text: string): string | null {
  return /^<([\w:-]+)/.exec(skipPrologue(text.slice(0, HEAD_CHARS)))?.[1] ?? null;
}

/** Skips a BOM, whitespace, the XML declaration, processing instructions, comments and a non-HTML doctype. */
function skipPrologue(head: string): string {
  let s = head.replace(/^\ufeff/, '').trimStart();
  for (let guard = 0; guard < 32; guard++) {
    const before = s;
    if (s.startsWith('<?')) s = after(s, '?>');
    else if (s.startsWith('<!--')) s = after(s, '-->');
    else if (/^<!doctype\s+(?!html)/i.test(s)) s = after(s, '>');
    if (s === before) break;
    s = s.trimStart();
  }
  return s;
}

function after(s: string, end: string): string {
  const i = s.indexOf(end);
  return i === -1 ? '' : s.slice(i + end.length);
}
