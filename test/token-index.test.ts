/**
 * The lazy token index must give exactly the tokens of cutting the whole text
 * at once, only segmenting the clauses it is asked about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyTokenIndex } from '../src/text/token-index.js';
import { segment } from '../src/segment/jieba.js';
import { normalizeText } from '../src/normalize/index.js';
import type { Token } from '../src/types.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function fixtureTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const input = join(FIXTURES, name, 'input.txt');
    try {
      out.push([name, readFileSync(input, 'utf8')]);
    } catch {
      // HTML byte fixtures have no input.txt; their text is covered through the pipeline tests.
    }
  }
  return out;
}

/** A segmenter that records which stretches of text it was asked to cut. */
function recording(): { segment: (text: string, offset: number) => Token[]; calls: Array<[number, number]> } {
  const calls: Array<[number, number]> = [];
  return {
    calls,
    segment: (text, offset) => {
      calls.push([offset, offset + text.length]);
      return segment(text, offset);
    },
  };
}

describe('lazy token index', () => {
  const texts = fixtureTexts();

  it('finds text fixtures to check', () => {
    expect(texts.length).toBeGreaterThanOrEqual(10);
  });

  it.each(texts)('gives the whole-text tokens and tags on fixture %s', (_name, original) => {
    const { text } = normalizeText(original);
    const whole = segment(text);
    expect(lazyTokenIndex(text, segment).all()).toEqual(whole);
    // And position by position, asked in an order of its own.
    const ix = lazyTokenIndex(text, segment);
    for (let pos = text.length - 1; pos >= 0; pos -= 7) {
      const expected = whole.find((t) => t.start <= pos && pos < t.end);
      expect(ix.covering(pos)).toEqual(expected);
    }
  });

  it('gives the whole-text tokens on full-width punctuation, spaces and newlines too', () => {
    const text = '镇党委书记王刚主持会议，强调：要抓好落实！\n副镇长李四、张伟参加。 会议决定;成立工作专班?是的';
    expect(lazyTokenIndex(text, segment).all()).toEqual(segment(text));
  });

  it('segments only the clause that holds the position asked about', () => {
    const text = '会议由镇长王刚主持,副镇长李四出席。会议听取了工作汇报';
    const rec = recording();
    const ix = lazyTokenIndex(text, rec.segment);
    const pos = text.indexOf('李四');
    expect(ix.startingAt(pos)?.word).toBe(segment(text).find((t) => t.start === pos)?.word);
    expect(rec.calls).toEqual([[text.indexOf('副镇长'), text.indexOf('会议听取')]]);
    ix.covering(pos + 1);
    expect(rec.calls).toHaveLength(1); // cached
  });

  it('answers starting, ending and covering lookups at token edges', () => {
    const text = '县委书记张三主持会议';
    const ix = lazyTokenIndex(text, segment);
    const first = segment(text)[0] as Token;
    expect(ix.startingAt(0)).toEqual(first);
    expect(ix.endingAt(first.end)).toEqual(first);
    expect(ix.startingAt(1)).toBeUndefined();
    expect(ix.covering(-1)).toBeUndefined();
    expect(ix.covering(text.length)).toBeUndefined();
    expect(ix.endingAt(0)).toBeUndefined();
  });
});
