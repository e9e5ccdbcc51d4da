/**
 * @module read-file — one file to records. WARC files (plain or gzipped) and large JSON Lines files are
 * streamed; anything else is read whole if it is within the size limit. In a folder walk, media files
 * whose content confirms their extension are skipped silently; named directly, they are a problem.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { gunzipSync, constants as zlib } from 'node:zlib';
import type { IngestOptions } from './defaults.ts';
import type { Sink } from './sink.ts';
import { sniffBytes } from './sniff-bytes.ts';
import { readDocument } from './read-document.ts';
import { readWarc } from './readers/warc.ts';
import { readJsonLine } from './readers/json.ts';
import { splitLines } from './split-lines.ts';
import { describeFsError } from './describe-fs-error.ts';
import { formatBytes } from './format-bytes.ts';

/** Extensions whose binary content is expected: skipped without a word inside folders. */
const MEDIA = /^\.(png|jpe?g|gif|webp|bmp|tiff?|ico|avif|heic|pdf|zip|gz|tgz|7z|rar|xz|bz2|mp[34]|m4a|wav|ogg|webm|mov|avi|mkv|docx?|xlsx?|pptx?|odt|woff2?|ttf|otf|sqlite|db|exe|dll|so|bin)$/i;

export type FileOutcome = 'read' | 'skipped';

export async function readFileInput(path: string, size: number, inFolder: boolean, sink: Sink, opts: IngestOptions): Promise<FileOutcome> {
  if (size === 0) return problem(sink, path, 'empty file');
  let head: Uint8Array;
  try {
    head = await readHead(path, opts.sniffBytes);
  } catch (err) {
    return problem(sink, path, describeFsError(err));
  }
  const kind = sniffBytes(head, opts.maxControlShare);
  if (kind.kind === 'binary' && inFolder && MEDIA.test(extname(path))) return 'skipped';
  const streamed = kind.kind === 'warc' || (kind.kind === 'gzip' && isGzippedWarc(head)) ? 'warc' : size > opts.maxFileBytes && looksLikeJsonLines(head) ? 'jsonl' : null;
  if (streamed) {
    if (size > opts.maxStreamBytes) return problem(sink, path, `file is ${formatBytes(size)}, over the ${formatBytes(opts.maxStreamBytes)} limit (option maxStreamBytes)`);
    try {
      if (streamed === 'warc') await readWarc(createReadStream(path), path, sink, opts);
      else await streamJsonLines(path, sink, opts);
    } catch (err) {
      sink.problem(path, describeFsError(err));
    }
    return 'read';
  }
  if (size > opts.maxFileBytes) return problem(sink, path, `file is ${formatBytes(size)}, over the ${formatBytes(opts.maxFileBytes)} limit for text, HTML, JSON and feed files (option maxFileBytes)`);
  if (kind.kind === 'binary') return problem(sink, path, `${kind.what}, not an article`);
  let bytes: Uint8Array;
  try {
    bytes = await readAll(path);
  } catch (err) {
    return problem(sink, path, describeFsError(err));
  }
  await readDocument(bytes, { path, url: null, transportCharset: null }, sink, opts);
  return 'read';
}

async function streamJsonLines(path: string, sink: Sink, opts: IngestOptions): Promise<void> {
  const ctx = { path, url: null, encodingNote: null };
  for await (const line of splitLines(createReadStream(path), opts.maxRecordBytes)) {
    if (line.text === null) sink.problem(path, `line ${line.lineNo}: longer than the ${formatBytes(opts.maxRecordBytes)} record limit, skipped`);
    else readJsonLine(line.text, line.lineNo, ctx, sink);
  }
}

/** The first line is a whole JSON object and another line starts after it. */
function looksLikeJsonLines(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head).replace(/^\ufeff/, '');
  const nl = text.indexOf('\n');
  if (nl === -1 || !text.trimStart().startsWith('{')) return false;
  try {
    JSON.parse(text.slice(0, nl));
    return /^\s*\{/.test(text.slice(nl + 1));
  } catch {
    return false;
  }
}

/** Inflates the head of a gzip member just far enough to see "WARC/". */
function isGzippedWarc(head: Uint8Array): boolean {
  try {
    const out = gunzipSync(head, { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: 64 * 1024 });
    return out.subarray(0, 5).toString('latin1') === 'WARC/';
  } catch {
    return false;
  }
}

async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function readAll(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

function problem(sink: Sink, path: string, error: string): FileOutcome {
  sink.problem(path, error);
  return 'read';
}
