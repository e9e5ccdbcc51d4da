/**
 * @module split-blocks — the page's text as blocks: one per line, except that a wrapped paragraph is one
 * block. A line running on into the next (no blank line between, no sentence end) joins it when the
 * next starts in lower case, or, in a text hard-wrapped at a fixed width (most long lines end near the
 * same column, as in e-mailed wire copy), whatever the next starts with.
 */
import type { Range } from '../reading.ts';

export interface Block extends Range {
  /** The block's text (text.slice(start, end)), already trimmed. */
  text: string;
}

/** The column a text is hard-wrapped at, or 0 when it is not (lines end where paragraphs end). */
function wrapWidth(lines: Range[]): number {
  const lengths = lines.map((l) => l.end - l.start).filter((n) => n >= 40);
  if (lengths.length < 5) return 0;
  const max = Math.max(...lengths);
  if (max > 100) return 0;
  const nearMax = lengths.filter((n) => n >= max - 15).length;
  return nearMax >= 0.6 * lengths.length ? max : 0;
}

/** Non-empty, trimmed blocks in reading order. */
export function splitBlocks(text: string): Block[] {
  const lines: Range[] = [];
  const line = /[^\n\r]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) lines.push({ start, end });
  }
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  for (const { start, end } of lines) {
    const last = blocks[blocks.length - 1];
    // only a line break (no blank line) since the previous block, and the sentence runs on
    const adjacent = last !== undefined && !/\n\s*\n/.test(text.slice(last.end, start));
    const runsOn = last !== undefined && /[\p{L}\p{N},;]$/u.test(text[last.end - 1]!);
    const wrapped = width > 0 && last !== undefined && last.end - last.start >= width - 15;
    if (last && adjacent && runsOn && (/^\p{Ll}/u.test(text[start]!) || wrapped)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      blocks.push({ start, end, text: text.slice(start, end) });
    }
  }
  return blocks;
}
