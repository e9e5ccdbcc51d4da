/** @module utf8-validity — how well a byte string fits UTF-8: well-formed multi-byte sequences vs stray bytes. */

export interface Utf8Fit {
  /** Well-formed sequences of 2–4 bytes. */
  multibyte: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
  /** ESC (0x1B) seen: ISO-2022 encodings are 7-bit and look like ASCII. */
  escape: boolean;
}

/** One linear pass; no allocation. */
export function utf8Fit(bytes: Uint8Array): Utf8Fit {
  let multibyte = 0;
  let invalid = 0;
  let escape = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x1b) escape = true;
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len && i + len <= n && continuationOk(bytes, i, len)) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid, escape };
}

function continuationOk(bytes: Uint8Array, i: number, len: number): boolean {
  const b0 = bytes[i]!;
  const b1 = bytes[i + 1]!;
  // Overlong and surrogate forms are excluded by the second byte's range (RFC 3629 table).
  if (b0 === 0xe0 && b1 < 0xa0) return false;
  if (b0 === 0xed && b1 > 0x9f) return false;
  if (b0 === 0xf0 && b1 < 0x90) return false;
  if (b0 === 0xf4 && b1 > 0x8f) return false;
  for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
  return true;
}
