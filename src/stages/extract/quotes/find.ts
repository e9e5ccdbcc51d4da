/**
 * @module extract/quotes/find — quotation-mark runs in a paragraph (straight and curly; a paragraph that opens
 * a quote and never closes it quotes to its end, the convention for a quote running over paragraphs) and the
 * paragraph's sentences, joined where a quote runs across a sentence boundary.
 */
import { splitSentences } from '../../../lib/text/sentences.ts';

/**
 * One quoted stretch: `start`/`end` are inside the marks; `open` is the opening mark's offset and `close` the offset
 * just past the closing mark (null when unclosed).
 */
export interface QuoteRun {
  start: number;
  end: number;
  open: number;
  close: number | null;
}

const OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE = new Set(['\u201D', '\u00BB']);

const MARK = /["\u201C\u201D\u201E\u00AB\u00BB]|''/g;

/** Width of a quotation mark at i: 1, or 2 for the typewriter double-apostrophe (''), or 0 when none. */
function markWidth(text: string, i: number): number {
  const ch = text[i]!;
  if (ch === '"' || OPEN.has(ch) || CLOSE.has(ch)) return 1;
  return ch === "'" && text[i + 1] === "'" ? 2 : 0;
}

/** Quote runs in text[from, to), in order. Linear in the length; unbalanced marks never hang or throw. */
export function findQuoteRuns(text: string, from: number, to: number): QuoteRun[] {
  const out: QuoteRun[] = [];
  let open = -1;
  let openWidth = 1;
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) {
    const i = m.index;
    const w = markWidth(text, i);
    if (!w) continue;
    const ch = text[i]!;
    const straight = ch === '"' || w === 2;
    const opens = OPEN.has(ch) || (straight && open < 0 && (i === from || /[\s([{\u2014\u2013-]/.test(text[i - 1]!)));
    const closes = CLOSE.has(ch) || (straight && open >= 0);
    if (open < 0 && opens) {
      open = i;
      openWidth = w;
    } else if (open >= 0 && closes) {
      if (i > open + openWidth) out.push({ start: open + openWidth, end: i, open, close: i + w });
      open = -1;
    } else if (open >= 0 && OPEN.has(ch)) {
      open = i; // a second opening mark before any closing one: the first was stray
      openWidth = w;
    }
    MARK.lastIndex = i + w;
  }
  if (open >= 0 && open + openWidth < to) {
    let end = to;
    while (end > open + openWidth && /\s/.test(text[end - 1]!)) end--;
    if (end > open + openWidth) out.push({ start: open + openWidth, end, open, close: null });
  }
  return out;
}

/** Sentences of the paragraph, with any boundary inside a quote run removed. */
export function quoteAwareSentences(text: string, from: number, to: number, runs: QuoteRun[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of splitSentences(text, from, to)) {
    const last = out[out.length - 1];
    const inside = runs.some((r) => r.open < s.start && (r.close ?? to) > s.start);
    if (last && inside) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}
