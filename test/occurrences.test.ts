/** occurrences(): what repeated indexOf finds, for few words and for many (one pass over the text). */
import { describe, expect, it } from 'vitest';
import { occurrences } from '../src/text/occurrences.js';

function byIndexOf(text: string, words: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const w of words) {
    if (w === '' || out.has(w)) continue;
    const at: number[] = [];
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) at.push(i);
    out.set(w, at);
  }
  return out;
}

/** A deterministic pseudo-random generator (tests must not vary between runs). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('occurrences', () => {
  it('finds non-overlapping occurrences per word, left to right', () => {
    expect(occurrences('王王王刚王刚', ['王王', '王刚', '', '王王'])).toEqual(
      new Map([
        ['王王', [0]],
        ['王刚', [2, 4]],
      ]),
    );
  });

  it.each([3, 40])('agrees with indexOf on random texts, %i words', (count) => {
    const rand = lcg(count);
    const alphabet = [...'王刚李伟、张'];
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let t = 0; t < 200; t++) {
      const text = pick(Math.floor(rand() * 60));
      const words = Array.from({ length: count }, () => pick(1 + Math.floor(rand() * 4)));
      expect(occurrences(text, words)).toEqual(byIndexOf(text, words));
    }
  });
});
