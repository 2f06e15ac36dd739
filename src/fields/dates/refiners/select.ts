/** Refiner 1: among overlapping candidates keep the leftmost, then the longest, then the earlier parser's. */
import type { RawGroup } from '../parsers/index.js';
import type { Rule } from '../../rule.js';

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

/** Documents selectGroups: the kept item carries the id of the parser whose candidate won. */
export const LEFTMOST_LONGEST: Rule = {
  id: 'leftmost-longest',
  refines: true,
  description:
    'Among overlapping candidates the leftmost wins, then the longest, then the parser listed first: 去年12月20日 is one relative-year-month date, not 12月20日 inside it.',
  examples: [
    {
      text: '去年12月20日,白沙乡通上天然气。',
      expect: [{ field: 'dates', value: '2023-12-20', with: { text: '去年12月20日', rule: 'relative-year-month' } }],
      options: { publishedAt: '2024-06-10' },
    },
    {
      text: '2024年3月5日,青石镇召开春耕会议。',
      expect: [{ field: 'dates', value: '2024年3月5日', with: { rule: 'cjk-ymd' } }],
    },
  ],
  counterexamples: [
    { text: '2024年3月5日,青石镇召开春耕会议。', reject: [{ field: 'dates', value: '3月5日' }] },
    {
      text: '去年12月20日,白沙乡通上天然气。',
      reject: [{ field: 'dates', value: '12月20日' }],
      options: { publishedAt: '2024-06-10' },
    },
  ],
};
