import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlBytes } from './decode-html-bytes.ts';

describe('decodeHtmlBytes', () => {
  it('follows the declared charset', () => {
    const head = Buffer.from('<html><head><meta charset="windows-1252"></head><body>Caf', 'latin1');
    assert.match(decodeHtmlBytes(Buffer.concat([head, Buffer.from([0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94])])), /Café “ok”/);
  });
  it('reads Shift_JIS declared by http-equiv', () => {
    const head = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', 'latin1');
    const nihon = Buffer.from([0x93, 0xfa, 0x96, 0x7b]); // 日本
    assert.match(decodeHtmlBytes(Buffer.concat([head, nihon])), /日本$/);
  });
  it('uses the BOM over everything, and UTF-8 when undeclared bytes are valid UTF-8', () => {
    assert.equal(decodeHtmlBytes(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Zürich')])), 'Zürich');
    assert.equal(decodeHtmlBytes(Buffer.from('<p>Zürich</p>')), '<p>Zürich</p>');
  });
  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    assert.equal(decodeHtmlBytes(Buffer.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68])), 'Zürich');
  });
});
