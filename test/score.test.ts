import { describe, expect, it } from 'vitest';
import { matchSets, norm, summarize, type ArticleScore } from '../src/eval/score.js';

describe('scoring as the GUIDELINE defines it', () => {
  it('compares after NFKC and whitespace removal', () => {
    expect(norm('冯 艳')).toBe('冯艳');
    expect(norm('２０２４')).toBe('2024');
  });

  it('counts exact set matches once per distinct item', () => {
    expect(matchSets(['王刚', '王刚', '孙宇'], ['王刚', '张怡'])).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      missed: ['张怡'],
      extra: ['孙宇'],
    });
  });

  it('lets meeting names match by containment, one to one, exact matches first', () => {
    const r = matchSets(['镇村干部大会', '2024年镇村干部大会'], ['2024年镇村干部大会', '镇村干部大会座谈'], true);
    expect(r).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(matchSets(['会议'], ['常务会议', '专题会议'], true)).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(matchSets(['座谈会'], ['常务会议'], true)).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('micro-averages over articles and takes accuracy only where gold is not null', () => {
    const blank = { tp: 0, fp: 0, fn: 0, missed: [], extra: [] };
    const article = (
      id: string,
      people: { tp: number; fp: number; fn: number },
      pub: boolean | null,
    ): ArticleScore => ({
      id,
      sets: {
        people: { ...blank, ...people },
        titled: blank,
        dates: blank,
        documents: blank,
        bylines: blank,
        meetings: blank,
      },
      accuracy: {
        publishedAt: { gold: null, predicted: null, correct: pub },
        source: { gold: null, predicted: null, correct: null },
      },
    });
    const r = summarize([
      article('a', { tp: 3, fp: 1, fn: 0 }, true),
      article('b', { tp: 1, fp: 0, fn: 3 }, null),
      article('c', blank, false),
    ]);
    const people = r.fields.find((f) => f.field === 'people');
    expect(people).toMatchObject({ tp: 4, fp: 1, fn: 3, precision: 0.8 });
    expect(people?.recall).toBeCloseTo(4 / 7, 10);
    expect(people?.f1).toBeCloseTo((2 * 0.8 * (4 / 7)) / (0.8 + 4 / 7), 10);
    expect(r.accuracy.find((a) => a.field === 'publishedAt')).toMatchObject({ correct: 1, total: 2, accuracy: 0.5 });
  });
});
