/**
 * @module windows-1252 — the 27 characters windows-1252 puts at bytes 0x80–0x9F (curly quotes, dashes,
 * euro sign ...). Node's TextDecoder decodes 'windows-1252' as Latin-1 there (C1 controls instead), so
 * decoded text is corrected with this table; the five bytes windows-1252 leaves undefined stay C1 controls.
 */

/** Unicode code point of each windows-1252 byte 0x80–0x9F (the byte itself where undefined). */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** The byte each of those characters came from. */
export const WINDOWS_1252_BYTE: ReadonlyMap<number, number> = new Map(HIGH.map((cp, i) => [cp, 0x80 + i]));

/** Replaces C1 controls left by a Latin-1 decode with the windows-1252 characters for those bytes. */
export function fixWindows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80]!)) : text;
}
