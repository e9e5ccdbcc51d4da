/**
 * @module clean/html/decode-html-bytes — the bytes of an HTML page into a string: BOM first, then the
 * charset the page declares (<meta charset>, http-equiv Content-Type, <?xml encoding?>) in its first
 * 4 KB, then UTF-8 when the bytes are valid UTF-8, else windows-1252. Used by the evaluations; the
 * ingest stage owns the product's decoder.
 */

const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

/** WHATWG label aliases that Node's TextDecoder does not know under the page's spelling. */
const ALIASES: Record<string, string> = { 'utf8': 'utf-8', 'win-1252': 'windows-1252', 'x-sjis': 'shift_jis', 'ms932': 'shift_jis', 'gb2312': 'gbk' };

/** windows-1252's characters for bytes 0x80-0x9f (Node 20's TextDecoder leaves them as C1 controls). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const LATIN1_LABELS = new Set(['windows-1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'ascii', 'us-ascii', 'cp1252', 'x-cp1252']);

function decodeCp1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = DECLARED.exec(head);
  const label = m ? (m[1] ?? m[2] ?? '').toLowerCase() : '';
  if (LATIN1_LABELS.has(label)) return decodeCp1252(bytes);
  if (label && label !== 'utf-8') {
    try {
      return new TextDecoder(ALIASES[label] ?? label).decode(bytes);
    } catch {
      // unknown label: fall through to the byte test
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return label === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : decodeCp1252(bytes);
  }
}
