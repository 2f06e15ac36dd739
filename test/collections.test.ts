import { describe, expect, it } from 'vitest';
import { lowerBound, lowerBoundBy } from '../src/text/collections.js';

/** What a linear search answers: the first index whose value is >= `value`. */
const linear = (xs: readonly number[], value: number) => {
  const k = xs.findIndex((x) => x >= value);
  return k < 0 ? xs.length : k;
};

describe('lower bounds over sorted offsets', () => {
  const lists = [[], [0], [3], [0, 0, 2, 2, 2, 5, 9], [1, 4, 4, 8, 15, 16, 23, 42]];

  it.each(lists.map((xs) => [xs.join(','), xs] as const))('[%s]: the same index as a linear search', (_name, xs) => {
    for (let v = -1; v <= 44; v++) {
      expect(lowerBound(xs, v)).toBe(linear(xs, v));
      expect(lowerBound(Int32Array.from(xs), v)).toBe(linear(xs, v));
      const spans = xs.map((x) => ({ span: [x, x + 2] as const }));
      expect(lowerBoundBy(spans, v, (s) => s.span[0])).toBe(linear(xs, v));
    }
  });
});
