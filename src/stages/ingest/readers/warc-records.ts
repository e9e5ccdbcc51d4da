/**
 * @module warc-records — WARC records (ISO 28500: "WARC/1.x" line, headers, blank line, Content-Length
 * bytes of block, CRLF CRLF) from a stream of byte chunks, one record in memory at a time. Blocks the
 * caller does not want are skipped without being kept. Every step consumes input or ends, so damaged
 * input ends in an error, never a loop.
 */

export interface WarcRecordHead {
  /** Record headers, names in lower case. */
  headers: Map<string, string>;
  /** Byte offset of the record in the (decompressed) stream. */
  offset: number;
  contentLength: number;
}

export interface WarcRecordRead extends WarcRecordHead {
  /** The block, when the caller asked to keep it and it fit; else null. */
  block: Uint8Array | null;
}

const MAX_HEADER_BYTES = 64 * 1024;
const CRLFCRLF = Buffer.from('\r\n\r\n');

/** `keep(head)` gives how many block bytes to keep for that record (0 to skip it). */
export async function* readWarcRecords(chunks: AsyncIterable<Uint8Array>, keep: (head: WarcRecordHead) => number): AsyncGenerator<WarcRecordRead> {
  const it = chunks[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let base = 0; // stream offset of buf[0]
  let done = false;
  const more = async (): Promise<boolean> => {
    if (done) return false;
    const r = await it.next();
    if (r.done) {
      done = true;
      return false;
    }
    buf = buf.length ? Buffer.concat([buf, r.value]) : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    return true;
  };
  const drop = (n: number) => {
    buf = buf.subarray(n);
    base += n;
  };

  for (;;) {
    // Between records: CR/LF padding (a short or long final newline run is tolerated).
    for (;;) {
      let i = 0;
      while (i < buf.length && (buf[i] === 0x0d || buf[i] === 0x0a)) i++;
      drop(i);
      if (buf.length || !(await more())) break;
    }
    if (!buf.length) return;
    while (buf.length < 5 && (await more()));
    if (buf.subarray(0, 5).toString('latin1') !== 'WARC/') throw new Error(`no WARC record at byte ${base}`);
    let end = buf.indexOf(CRLFCRLF);
    while (end === -1) {
      if (buf.length > MAX_HEADER_BYTES) throw new Error(`WARC header at byte ${base} is longer than ${MAX_HEADER_BYTES} bytes`);
      if (!(await more())) throw new Error(`file ends inside the WARC header at byte ${base} (truncated file?)`);
      end = buf.indexOf(CRLFCRLF);
    }
    const head: WarcRecordHead = { headers: parseHeaderLines(buf.subarray(0, end).toString('utf8')), offset: base, contentLength: 0 };
    const length = Number(head.headers.get('content-length'));
    if (!Number.isSafeInteger(length) || length < 0) throw new Error(`WARC record at byte ${base} has no valid Content-Length`);
    head.contentLength = length;
    drop(end + 4);
    const keepBytes = length <= keep(head) ? length : 0;
    const parts: Buffer[] = [];
    let left = length;
    while (left > 0) {
      if (!buf.length && !(await more())) throw new Error(`file ends inside the WARC record at byte ${head.offset} (truncated file?)`);
      const take = Math.min(left, buf.length);
      if (keepBytes) parts.push(buf.subarray(0, take));
      drop(take);
      left -= take;
    }
    yield { ...head, block: keepBytes ? Buffer.concat(parts, length) : length === 0 ? Buffer.alloc(0) : null };
  }
}

/** "Name: value" lines after the first line, names lower-cased; folded continuation lines joined. */
export function parseHeaderLines(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last = '';
  for (const line of text.split(/\r?\n/).slice(1)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(last, headers.has(last) ? `${headers.get(last)}, ${value}` : value);
  }
  return headers;
}
