/**
 * @module readers/json — JSON records: one object, an array of objects (or an object wrapping one such
 * array, as many APIs return), or JSON Lines (one object per line). A bad record or line is one
 * problem; the others are still read.
 */
import type { Sink } from '../sink.ts';
import type { DocumentContext } from './document-context.ts';
import { recordFromJson } from './record-fields.ts';

const ARTICLE_KEYS = ['text', 'body', 'html', 'title', 'headline', 'content'];

export function readJson(text: string, ctx: DocumentContext, sink: Sink): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (looksLikeJsonLines(text)) return readJsonLines(splitLines(text), ctx, sink);
    return sink.problem(ctx.path, `not valid JSON (${jsonReason(err)})`);
  }
  const list = Array.isArray(value) ? value : wrappedArray(value);
  if (!list) return addRecord(value, ctx.path, ctx, sink, 'json');
  if (!list.length) return sink.problem(ctx.path, 'JSON array holds no records');
  list.forEach((item, i) => addRecord(item, `${ctx.path}#${i + 1}`, ctx, sink, 'json', `record ${i + 1}: `));
}

/** JSON Lines: each non-blank line is one record, named `path#line`. */
export function readJsonLines(lines: Iterable<string>, ctx: DocumentContext, sink: Sink): void {
  let lineNo = 0;
  for (const line of lines) readJsonLine(line, ++lineNo, ctx, sink);
}

export function readJsonLine(line: string, lineNo: number, ctx: DocumentContext, sink: Sink): void {
  if (line.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return sink.problem(ctx.path, `line ${lineNo}: not valid JSON (${jsonReason(err)})`);
  }
  addRecord(value, `${ctx.path}#${lineNo}`, ctx, sink, 'jsonl', `line ${lineNo}: `);
}

function addRecord(value: unknown, path: string, ctx: DocumentContext, sink: Sink, format: 'json' | 'jsonl', where = ''): void {
  const r = recordFromJson(value, path, format);
  if ('error' in r) return sink.problem(ctx.path, where + r.error);
  if (ctx.encodingNote) r.record.meta = { encoding: ctx.encodingNote, ...r.record.meta };
  if (!r.record.url && ctx.url) r.record.url = ctx.url;
  sink.record(r.record);
}

/** `{ "articles": [ {...}, ... ] }`: an object with no article field of its own and one array of objects. */
function wrappedArray(value: unknown): unknown[] | null {
  if (value === null || typeof value !== 'object') return null;
  const obj = value as Record<string, unknown>;
  if (ARTICLE_KEYS.some((k) => k in obj)) return null;
  const arrays = Object.values(obj).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)));
  return arrays.length === 1 ? arrays[0]! : null;
}

/** Two or more non-blank lines, the first of them a JSON value on its own. */
function looksLikeJsonLines(text: string): boolean {
  const lines = splitLines(text.slice(0, 1 << 20)).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.slice(0, 3).some((l) => {
    try {
      JSON.parse(l);
      return true;
    } catch {
      return false;
    }
  });
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The parser's message without the echoed input, which can be a whole line. */
function jsonReason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  // V8 echoes the input as `, "…"` or `, ..."…"...` (possibly with newlines in it); one line is wanted.
  return msg.replace(/, (?:\.\.\.)?"[\s\S]*? is not valid JSON$/, '').replace(/^Unexpected token '(.)'$/, "unexpected '$1'").replace(/\s+/g, ' ').slice(0, 160);
}
