import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { foldUnicode } from '../src/normalize/unicode.js';
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
