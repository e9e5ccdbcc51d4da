/**
 * @module repair-mojibake — undo double encoding: UTF-8 bytes once read as windows-1252 (or Latin-1)
 * and saved again as UTF-8, so "’" shows as "â€™" and "é" as "Ã©". Repaired only when certain: the
 * WHOLE text maps back to bytes through windows-1252 and those bytes are well-formed UTF-8.
 */

import { WINDOWS_1252_BYTE } from './windows-1252.ts';

/** A UTF-8 lead byte read as windows-1252, followed by a continuation byte read the same way. */
const SIGNATURE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The repaired text, or null when the text is not (wholly) double-encoded. */
export function repairMojibake(text: string): string | null {
  if (!SIGNATURE.test(text)) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x100 ? c : WINDOWS_1252_BYTE.get(c);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    const repaired = strictUtf8.decode(bytes);
    return repaired === text ? null : repaired;
  } catch {
    return null;
  }
}
