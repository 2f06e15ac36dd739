/**
 * The indexed word lookups must answer exactly as the plain scans they replace:
 * a regex alternation, nested indexOf loops, and a linear startsWith search.
 */
import { describe, expect, it } from 'vitest';
import { occurrences, wordAt, wordBefore, WordList, WordScanner } from '../src/text/word-list.js';

// Overlapping words on a small alphabet make every tie and overlap happen often.
const WORDS = ['书记', '副书记', '记者', '县长', '副县长', '长', '书', '县委书记', '委', '记'];
/** WordScanner takes words of two or more units. */
const LONG_WORDS = WORDS.filter((w) => w.length >= 2);
const ALPHABET = '副县委书记长者王,、';

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function texts(n: number): string[] {
  const r = rng(7);
  return Array.from({ length: n }, () =>
    Array.from({ length: 5 + Math.floor(r() * 40) }, () => ALPHABET[Math.floor(r() * ALPHABET.length)]).join(''),
  );
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('word lookups', () => {
  const sample = texts(500);

  it.each([
    ['list order', LONG_WORDS],
    ['longest first', [...LONG_WORDS].sort((a, b) => b.length - a.length)],
  ])('WordScanner finds what matchAll finds (%s)', (_name, words) => {
    const re = new RegExp(words.map(escapeRegExp).join('|'), 'g');
    const scanner = new WordScanner(words);
    for (const text of sample) {
      const expected = [...text.matchAll(re)].map((m) => ({ at: m.index, word: m[0] }));
      expect(scanner.scan(text)).toEqual(expected);
    }
  });

  it.each([
    ['the list', WORDS],
    // A word listed twice is visited twice by the loops, in both of its places.
    ['a list with a word twice', ['记', ...WORDS.slice(0, 5), '记', '县长']],
  ])('occurrences lists what nested indexOf loops visit, in their order (%s)', (_name, words) => {
    for (const text of sample) {
      const expected: Array<{ at: number; word: string }> = [];
      for (const w of words)
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) expected.push({ at: i, word: w });
      expect(occurrences(text, words)).toEqual(expected);
    }
  });

  it('wordAt and wordBefore give the first listed word that fits', () => {
    for (const text of sample.slice(0, 100)) {
      for (let pos = 0; pos <= text.length; pos++) {
        expect(wordAt(text, pos, WORDS)).toBe(WORDS.find((w) => text.startsWith(w, pos)) ?? '');
        expect(wordBefore(text, pos, WORDS)).toBe(
          WORDS.find((w) => pos >= w.length && text.startsWith(w, pos - w.length)) ?? '',
        );
      }
    }
  });

  it('startingAt with accept gives the first listed word that fits and is accepted', () => {
    const list = new WordList(WORDS);
    // Accept a word only when the next unit is not 长 (as a head word is refused before a given unit).
    for (const text of sample.slice(0, 100)) {
      const accept = (_w: string, end: number): boolean => text[end] !== '长';
      for (let pos = 0; pos <= text.length; pos++) {
        expect(list.startingAt(text, pos, Infinity, accept)).toBe(
          WORDS.find((w) => text.startsWith(w, pos) && accept(w, pos + w.length)) ?? null,
        );
      }
    }
  });

  it('finds words in a real sentence', () => {
    const text = '县委书记王刚、副县长李四出席,记者张三报道。';
    expect(new WordScanner(['县委书记', '副县长', '记者']).scan(text).map((m) => m.word)).toEqual([
      '县委书记',
      '副县长',
      '记者',
    ]);
    expect(wordAt(text, 0, ['县委', '县委书记'])).toBe('县委');
  });
});
