/** Small shared helpers over extracted items and sorted offsets. */
import type { Span } from '../types.js';

/** Sorted, overlapping or touching spans joined. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/**
 * Does [start, end) overlap a span of `spans`, sorted and disjoint as
 * mergeSpans returns them? A binary search: linear work per text, not per span.
 */
export function overlapsSorted(spans: readonly Span[], start: number, end: number): boolean {
  // Disjoint and sorted by start, so sorted by end too: the first span ending after `start` is the only candidate.
  const i = lowerBoundBy(spans, start + 1, (s) => s[1]);
  const s = spans[i];
  return s !== undefined && s[0] < end;
}

/**
 * One item per key, in first-seen order; a later item with the same key
 * replaces the kept one only when it scores higher (the fuller telling of a
 * fact reported twice, as in a headline and the body).
 */
export function keepBestByKey<T>(items: Iterable<T>, key: (item: T) => string, score: (item: T) => number): T[] {
  const out: T[] = [];
  const index = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    const at = index.get(k);
    if (at === undefined) {
      index.set(k, out.length);
      out.push(item);
    } else if (score(item) > score(out[at] as T)) out[at] = item;
  }
  return out;
}

/** The first index in `sorted` (ascending) whose value is >= `value`; sorted.length when there is none. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** lowerBound over items sorted by `key` (spans by their start, say). */
export function lowerBoundBy<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
