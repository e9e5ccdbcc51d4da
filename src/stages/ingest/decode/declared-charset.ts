/**
 * @module declared-charset — the encoding a document states about itself: HTML `<meta charset>`,
 * `<meta http-equiv="Content-Type" content="...; charset=...">`, or an XML declaration's `encoding`.
 * Only the head is scanned, as ASCII, the way browsers pre-scan.
 */

const META_CHARSET = /<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i;
const XML_DECL = /^\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([\w.:-]{1,40})["']/;

/** The charset a document declares in its first `scanBytes` bytes, or null. */
export function declaredCharset(bytes: Uint8Array, scanBytes = 4096): string | null {
  const head = asciiHead(bytes, scanBytes);
  return XML_DECL.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}

/** The `charset` parameter of a Content-Type header value, or null. */
export function charsetOfContentType(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /;\s*charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(value);
  return m?.[1] ?? null;
}

/** The WHATWG name of an encoding label TextDecoder knows, or null for an unknown label. */
export function normalizeCharset(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function asciiHead(bytes: Uint8Array, n: number): string {
  const end = Math.min(bytes.length, n);
  let s = '';
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]! < 0x80 ? bytes[i]! : 0x3f);
  return s;
}
