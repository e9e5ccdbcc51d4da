import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from './decode-bytes.ts';
import { repairMojibake } from './repair-mojibake.ts';
import { fixWindows1252 } from './windows-1252.ts';
import { encodeLegacy } from '../../../../test/fixtures/ingest/encode-legacy.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const EN = 'The minister’s office said on Tuesday that talks would resume — “within days”, officials added. Café owners in the old town welcomed the news.\n';
const FR = 'Le président a déclaré mercredi que les négociations reprendraient « dans les prochains jours », selon un communiqué publié à Genève. Les élus régionaux ont salué une décision très attendue.\n';
const ZH = '国务院新闻办公室周二举行发布会，介绍今年前三季度经济运行情况。发言人表示，国内生产总值同比增长，就业形势总体稳定，物价水平保持平稳。\n';
const JA = '政府は火曜日、新たな経済対策を発表した。首相は記者会見で、物価高への対応を最優先課題とする考えを示し、年内の補正予算案の成立を目指すと述べた。\n';
const KO = '정부는 화요일 새로운 경제 대책을 발표했다. 총리는 기자회견에서 물가 상승에 대한 대응을 최우선 과제로 삼겠다고 밝혔으며 연내 추가경정예산안 통과를 목표로 한다고 말했다.\n';

describe('decodeBytes', () => {
  it('reads UTF-8 as is, and drops a UTF-8 byte-order mark', () => {
    assert.equal(decodeBytes(utf8(EN)).text, EN);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(EN)]);
    const d = decodeBytes(withBom);
    assert.equal(d.text, EN);
    assert.equal(d.encoding, 'utf-8');
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks, and without one by the zero-byte pattern', () => {
    const le = Buffer.from(EN, 'utf16le');
    const be = Buffer.from(le).swap16();
    assert.equal(decodeBytes(new Uint8Array([0xff, 0xfe, ...le])).text, EN);
    assert.equal(decodeBytes(new Uint8Array([0xfe, 0xff, ...be])).text, EN);
    const bare = decodeBytes(le);
    assert.equal(bare.text, EN);
    assert.equal(bare.encoding, 'utf-16le');
  });

  it('follows <meta charset>, http-equiv and the XML declaration when the bytes are not UTF-8', () => {
    const body = '<p>Le président a déclaré</p>';
    for (const head of ['<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">']) {
      const bytes = encodeLegacy(`<html><head>${head}</head><body>${body}</body></html>`, 'windows-1252');
      const d = decodeBytes(bytes, { markup: true });
      assert.ok(d.text.includes(body), head);
      assert.equal(d.encoding, 'windows-1252');
    }
    const xml = encodeLegacy('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Journal de Genève</title></channel></rss>', 'windows-1252');
    assert.match(decodeBytes(xml, { markup: true }).text, /Journal de Genève/);
  });

  it('lets the transport charset (HTTP Content-Type) decide over the page', () => {
    const bytes = encodeLegacy(`<html><head><meta charset="utf-8"></head><body>${ZH}</body></html>`, 'gbk');
    const d = decodeBytes(bytes, { transportCharset: 'GB2312', markup: true });
    assert.equal(d.encoding, 'gbk');
    assert.ok(d.text.includes(ZH));
  });

  it('prefers well-formed UTF-8 bytes over a declaration that says otherwise', () => {
    const d = decodeBytes(utf8(`<meta charset="iso-8859-1"><p>${FR}</p>`), { markup: true });
    assert.ok(d.text.includes(FR));
    assert.match(d.note ?? '', /declared windows-1252, but the bytes are UTF-8/);
  });

  it('detects undeclared legacy encodings: windows-1252, GBK, Shift-JIS, EUC-KR', () => {
    const cases: [string, string, string][] = [[EN.repeat(3), 'windows-1252', 'windows-1252'], [FR.repeat(3), 'windows-1252', 'windows-1252'], [ZH.repeat(3), 'gbk', 'gb18030'], [JA.repeat(3), 'shift_jis', 'shift_jis'], [KO.repeat(3), 'euc-kr', 'euc-kr']];
    for (const [text, enc, expected] of cases) {
      const d = decodeBytes(encodeLegacy(text, enc));
      assert.equal(d.text, text, enc);
      assert.equal(d.encoding, expected, enc);
      assert.match(d.note ?? '', /detected/);
    }
  });

  it('keeps UTF-8 with a few damaged bytes as UTF-8, replacing only those bytes', () => {
    const bytes = utf8(FR.repeat(4));
    bytes[40] = 0xff;
    const d = decodeBytes(bytes);
    assert.equal(d.encoding, 'utf-8');
    assert.equal([...d.text.matchAll(/\ufffd/g)].length, 1);
    assert.match(d.note ?? '', /1 invalid byte/);
    assert.ok(d.replacementShare < 0.01);
  });

  it('re-reads a file that claims UTF-8 but is Latin-1 as a legacy encoding', () => {
    const bytes = encodeLegacy(`<meta charset="utf-8"><p>${FR}</p>`, 'windows-1252');
    const d = decodeBytes(bytes, { markup: true });
    assert.ok(d.text.includes(FR));
    assert.match(d.note ?? '', /declared utf-8 but not valid UTF-8/);
  });

  it('repairs text that was UTF-8 read as windows-1252 and saved again as UTF-8', () => {
    const doubled = fixWindows1252(new TextDecoder('windows-1252').decode(utf8(EN)));
    assert.match(doubled, /â€™/);
    const d = decodeBytes(utf8(doubled));
    assert.equal(d.text, EN);
    assert.match(d.note ?? '', /repaired double-encoded/);
  });
});

describe('repairMojibake', () => {
  it('leaves text alone when only part of it is double-encoded (not certain)', () => {
    assert.equal(repairMojibake('It’s fine here, but itâ€™s broken there.'), null);
  });
  it('leaves correct accented text and plain ASCII alone', () => {
    assert.equal(repairMojibake(FR), null);
    assert.equal(repairMojibake('Plain ASCII news copy.'), null);
  });
  it('repairs doubled Latin-1 accents', () => {
    assert.equal(repairMojibake('Le prÃ©sident a dÃ©clarÃ©'), 'Le président a déclaré');
  });
});
