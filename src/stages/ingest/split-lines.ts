/**
 * @module split-lines — a byte stream as UTF-8 lines (LF or CRLF), numbered from 1, without holding
 * more than one line in memory. A line longer than `maxLineBytes` is yielded as `null` (skipped, not
 * buffered), so one huge line cannot exhaust memory.
 */

export interface Line {
  lineNo: number;
  /** The decoded line without its terminator, or null when it was over the limit. */
  text: string | null;
}

export async function* splitLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const take = (): Line => {
    lineNo++;
    if (tooLong) return reset({ lineNo, text: null });
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    let text = decoder.decode(bytes);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return reset({ lineNo, text });
  };
  const reset = (line: Line): Line => {
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      append(chunk.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    append(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield take();

  function append(piece: Uint8Array): void {
    if (tooLong || !piece.length) return;
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
    size += piece.length;
  }
}
