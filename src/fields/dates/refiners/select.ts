/** Refiner 1: among overlapping candidates keep the leftmost, then the longest, then the earlier parser's. */
import type { RawGroup } from '../parsers/index.js';

/** Leftmost, then longest, then the earlier parser; overlapping groups are dropped. */
export function selectGroups(groups: RawGroup[]): RawGroup[] {
  const sorted = [...groups].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.priority - b.priority,
  );
  const kept: RawGroup[] = [];
  let lastEnd = -1;
  for (const g of sorted) {
    if (g.start < lastEnd) continue;
    kept.push(g);
    lastEnd = g.end;
  }
  return kept;
}
