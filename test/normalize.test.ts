import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { foldUnicode } from '../src/normalize/unicode.js';
import { convertsAlone, detectScript } from '../src/normalize/script.js';
import { TRADITIONAL_CHARS } from '../src/lexicon/traditional-chars.js';
import { offsetMap, sliceCodePoints } from '../src/text/codepoints.js';

describe('length-preserving normalisation', () => {
  it.each([
    ['２０２４年３月５日', '2024年3月5日'],
    ['会议（扩大）：通过，', '会议(扩大):通过,'],
    ['⻄安市⻓安区', '西安市长安区'],
    ['王\u200b刚', '王 刚'],
    ['冯\u3000艳', '冯 艳'],
    ['a\u00a0b', 'a b'],
  ])('folds %s', (input, expected) => {
    expect(foldUnicode(input)).toBe(expected);
    expect(foldUnicode(input).length).toBe(input.length);
  });

  it('folds long texts whole, past the internal buffer and chunk sizes', () => {
    const input = '会议（扩大）：２０２４年，'.repeat(3000) + '⻄';
    const want = '会议(扩大):2024年,'.repeat(3000) + '西';
    expect(foldUnicode(input)).toBe(want);
    expect(foldUnicode('短文,无须折叠')).toBe('短文,无须折叠');
    expect(foldUnicode(input)).toBe(want); // the reused buffer gives the same answer twice
  });

  it('analyses traditional text through a simplified view of the same length', () => {
    const original = '縣委書記陳國華主持召開十一屆縣委常委會第12次會議。';
    const n = normalizeText(original);
    expect(n.script).toBe('traditional');
    expect(n.text).toBe('县委书记陈国华主持召开十一届县委常委会第12次会议。');
    expect(n.text.length).toBe(original.length);
  });

  it('leaves simplified text alone', () => {
    const n = normalizeText('镇党委书记王刚主持会议,研究乾坤湾旅游开发。');
    expect(n.script).toBe('simplified');
    expect(n.text).toBe('镇党委书记王刚主持会议,研究乾坤湾旅游开发。');
  });

  it('lists exactly the characters the converter changes (re-run scripts/gen-traditional-chars.cjs when this fails)', () => {
    const listed = new Set(TRADITIONAL_CHARS);
    const missing: string[] = [];
    const extra: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!/\p{Script=Han}/u.test(ch)) continue;
      const changes = convertsAlone(ch);
      if (changes && !listed.has(ch)) missing.push(ch);
      if (!changes && listed.has(ch)) extra.push(ch);
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(listed.size).toBeGreaterThan(2000);
  });

  it('finds traditional text on its characters, with a few simplified ones mixed in', () => {
    expect(detectScript('國務院辦公廳關於加強縣級政府職能的通知')).toBe('traditional');
    expect(detectScript('国务院办公厅关于加强县级政府职能的通知,見附件')).toBe('simplified');
  });

  it('folds full-width ASCII, odd spaces, zero-width marks and look-alikes, and nothing else', () => {
    const changed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (foldUnicode(ch) !== ch) changed.push(c);
    }
    const fullWidth = changed.filter((c) => c >= 0xff01 && c <= 0xff5e);
    const lookalikes = changed.filter((c) => c >= 0x2e80 && c <= 0x2fdf);
    const surrogates = changed.filter((c) => c >= 0xd800 && c <= 0xdfff); // alone, each is half a character
    expect(fullWidth).toHaveLength(0xff5e - 0xff01 + 1);
    expect(lookalikes).toHaveLength(48);
    expect(surrogates).toHaveLength(0x800);
    expect(changed.length - fullWidth.length - lookalikes.length - surrogates.length).toBe(12); // 6 spaces, 6 zero-width marks
  });

  it('turns a lone surrogate into U+FFFD and keeps pairs (same length: offsets stay)', () => {
    expect(foldUnicode('书记\ud800王刚')).toBe('书记\ufffd王刚');
    expect(foldUnicode('书记\udc00王刚')).toBe('书记\ufffd王刚');
    expect(foldUnicode('书记\ud840王刚\ud840')).toBe('书记\ufffd王刚\ufffd');
    expect(foldUnicode('𠀀王刚\ud840\udc00')).toBe('𠀀王刚𠀀');
    expect(foldUnicode('\udc00\ud800\udc00\ud800')).toBe('\ufffd𐀀\ufffd');
  });

  it('says none for text without Han characters', () => {
    expect(normalizeText('2024-02-27 16:56').script).toBe('none');
  });
});

describe('code-point offsets', () => {
  it('maps UTF-16 offsets past a character outside the BMP', () => {
    const text = '副县长𠀋明主持';
    const map = offsetMap(text);
    expect(map.length).toBe(7);
    // 主 is at UTF-16 offset 6 but code point 5
    expect(map.toCodePoint(text.indexOf('主'))).toBe(5);
    expect(sliceCodePoints(text, 3, 5)).toBe('𠀋明');
  });

  it('is the identity on BMP-only text', () => {
    const map = offsetMap('镇党委书记');
    expect(map.toCodePoint(3)).toBe(3);
    expect(map.length).toBe(5);
  });
});
