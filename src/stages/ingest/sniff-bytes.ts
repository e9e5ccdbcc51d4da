/**
 * @module sniff-bytes — what a file's first bytes say it is, before any decoding: a WARC, gzip,
 * a known binary format (by magic number), other binary data (NUL or control bytes), or text.
 */
import { guessBomlessUtf16, readBom } from './decode/bom.ts';

export type ByteKind =
  | { kind: 'warc' }
  | { kind: 'gzip' }
  | { kind: 'binary'; what: string }
  | { kind: 'text' };

/** Magic numbers of formats that are never articles, with the name a user knows them by. */
const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive (or Office document)'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF media (WebP, WAV or AVI)'],
  [[0x4f, 0x67, 0x67, 0x53], 'Ogg media'],
  [[0x49, 0x44, 0x33], 'MP3 audio'],
  [[0x1a, 0x45, 0xdf, 0xa3], 'Matroska/WebM video'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'SQLite database'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'RAR archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'XZ archive'],
  [[0x42, 0x5a, 0x68], 'bzip2 archive'],
  [[0x77, 0x4f, 0x46, 0x46], 'WOFF font'],
  [[0x77, 0x4f, 0x46, 0x32], 'WOFF2 font'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF image'],
  [[0x00, 0x00, 0x01, 0x00], 'icon image'],
  [[0x25, 0x21, 0x50, 0x53], 'PostScript document'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'legacy Office document'],
];

const WARC = [0x57, 0x41, 0x52, 0x43, 0x2f]; // "WARC/"

export function sniffBytes(head: Uint8Array, maxControlShare: number): ByteKind {
  if (startsWith(head, [0x1f, 0x8b])) return { kind: 'gzip' };
  if (startsWith(head, WARC)) return { kind: 'warc' };
  for (const [magic, what] of MAGIC) if (startsWith(head, magic)) return { kind: 'binary', what };
  if (startsWith(head, [0x00, 0x00, 0x00]) && head[4] === 0x66 && head[5] === 0x74) return { kind: 'binary', what: 'MP4/QuickTime video' };
  if (readBom(head) || guessBomlessUtf16(head)) return { kind: 'text' };
  return looksBinary(head, maxControlShare) ? { kind: 'binary', what: 'binary data' } : { kind: 'text' };
}

/** NUL bytes, or many control bytes other than tab, newlines, form feed and escape. */
function looksBinary(head: Uint8Array, maxControlShare: number): boolean {
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return head.length > 0 && controls / head.length > maxControlShare;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}
