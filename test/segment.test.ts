/** jieba's tokens are placed back onto the text without losing a character. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { placeTokens, segment, unplacedCharacters } from '../src/segment/jieba.js';

const fixtureTexts = readdirSync('fixtures').flatMap((dir) =>
  readdirSync(join('fixtures', dir))
    .filter((f) => f === 'input.txt')
    .map((f) => normalizeText(readFileSync(join('fixtures', dir, f), 'utf8')).text),
);

describe('segment', () => {
  it('places every character of every fixture and of awkward texts', () => {
    const before = unplacedCharacters();
    const awkward = [
      '  镇长王刚  主持会议。\t\n\n',
      '𠀾𪚥 生僻字 王𠀾刚',
      'ABC 123 abc,;:!? 县委书记',
      '\u3000\u3000全角空格开头',
      '😀 表情 😀',
    ];
    for (const text of [...fixtureTexts, ...awkward]) {
      const tokens = segment(text);
      expect(tokens.map((t) => t.word).join('')).toBe(text);
    }
    expect(unplacedCharacters() - before).toBe(0);
  });

  it('counts what it cannot place, so a jieba that drops or alters text fails the test above', () => {
    const raw = [
      { word: '县委', tag: 'n' },
      { word: '书计', tag: 'n' }, // not in the text
      { word: '王刚', tag: 'nr' },
    ];
    const { tokens, unplaced } = placeTokens('县委书记王刚。', raw, 10);
    expect(tokens.map((t) => [t.word, t.start, t.end])).toEqual([
      ['县委', 10, 12],
      ['王刚', 14, 16],
    ]);
    expect(unplaced).toBe(2 + 2 + 1); // the lost word, the skipped 书记, the trailing 。
  });
});
