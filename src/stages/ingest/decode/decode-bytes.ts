/**
 * @module decode-bytes — bytes to text, choosing the encoding in this order:
 *  1. a byte-order mark (UTF-8, UTF-16LE/BE), or the UTF-16 zero-byte pattern without one;
 *  2. UTF-8 when the bytes are well-formed UTF-8 with non-ASCII characters (declarations lie more often than bytes);
 *  3. the charset the transport (HTTP Content-Type) or the document (<meta charset>, XML declaration) declares;
 *  4. UTF-8 again when well-formed sequences outnumber stray bytes (a damaged UTF-8 file: strays become U+FFFD);
 *  5. a legacy encoding detected from byte statistics (windows-1252, GBK, Shift-JIS, EUC-KR, ...).
 * Then double-encoded UTF-8 ("â€™") is repaired when the whole text round-trips.
 */
import { guessBomlessUtf16, readBom } from './bom.ts';
import { declaredCharset, normalizeCharset } from './declared-charset.ts';
import { utf8Fit } from './utf8-validity.ts';
import { detectLegacyEncoding } from './detect-legacy.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { fixWindows1252 } from './windows-1252.ts';

export interface DecodeHints {
  /** Charset from the transport (HTTP Content-Type), which outranks the document's own declaration. */
  transportCharset?: string | null;
  /** Look for <meta charset> / XML declarations (markup documents only). */
  markup?: boolean;
}

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used. */
  encoding: string;
  /** How the encoding was chosen, when it was not plain UTF-8 (kept in the record's meta). */
  note: string | null;
  /** Share of characters that are U+FFFD replacement characters. */
  replacementShare: number;
}

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = readBom(bytes);
  if (bom) return finish(bytes.subarray(bom.length), bom.encoding, bom.encoding === 'utf-8' ? null : `${bom.encoding} (byte-order mark)`);
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return finish(bytes, utf16, `${utf16} without byte-order mark`);

  const fit = utf8Fit(bytes);
  const declared = normalizeCharset(hints.transportCharset ?? null) ?? (hints.markup ? normalizeCharset(declaredCharset(bytes)) : null);
  // A declared UTF-16 in an 8-bit document is wrong by definition (the HTML spec reads it as UTF-8).
  const usable = declared && !declared.startsWith('utf-16') && declared !== 'replacement' ? declared : null;

  if (fit.invalid === 0 && fit.multibyte === 0 && fit.escape) {
    // 7-bit text with escapes: ISO-2022-JP, declared or detected.
    const iso2022 = usable ?? detectLegacyEncoding(bytes);
    if (iso2022 === 'iso-2022-jp') return finish(bytes, iso2022, `${iso2022} (${usable ? 'declared' : 'detected'})`);
  }
  if (fit.invalid === 0) {
    const note = usable && usable !== 'utf-8' && fit.multibyte > 0 ? `utf-8 (declared ${usable}, but the bytes are UTF-8)` : null;
    return finish(bytes, 'utf-8', note);
  }
  if (usable && usable !== 'utf-8') return finish(bytes, usable, `${usable} (declared)`);
  if (fit.multibyte >= fit.invalid) return finish(bytes, 'utf-8', `utf-8 with ${fit.invalid} invalid byte(s) replaced`);
  const legacy = detectLegacyEncoding(bytes);
  return finish(bytes, legacy, `${legacy} (detected${usable ? `; declared ${usable} but not valid UTF-8` : ''})`);
}

function finish(bytes: Uint8Array, encoding: string, note: string | null): Decoded {
  // ignoreBOM: a BOM was stripped above; a second one is content.
  let text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (encoding === 'windows-1252') text = fixWindows1252(text);
  const repaired = repairMojibake(text);
  if (repaired !== null) {
    text = repaired;
    note = `${note ?? encoding}; repaired double-encoded UTF-8`;
  }
  return { text, encoding, note, replacementShare: text.length ? countReplacements(text) / text.length : 0 };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
