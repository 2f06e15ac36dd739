/** Refiner 3: two dates joined only by 至/到/~/— become the start and end of a range. */
import type { RawDate } from '../parsers/index.js';
import type { Rule } from '../../rule.js';
import { RANGE_CONNECTORS } from '../words.js';

const CONNECTOR_ONLY = new RegExp(`^ {0,2}[${RANGE_CONNECTORS}]{1,2} {0,2}$`);

/** Marks two adjacent dates joined only by a connector as a range (2月25日至26日). */
export function markRanges(items: RawDate[], text: string): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i] as RawDate;
    const b = items[i + 1] as RawDate;
    if (a.range || b.range || a.vague || b.vague || a.relDay !== undefined || b.relDay !== undefined) continue;
    if (b.start - a.end > 6) continue;
    if (!CONNECTOR_ONLY.test(text.slice(a.end, b.start))) continue;
    a.range = 'start';
    b.range = 'end';
  }
}

/** Documents markRanges: two dates found apart become one range. */
export const JOINED_RANGE: Rule = {
  id: 'joined-range',
  refines: true,
  description:
    'Two dates found apart and joined only by 至/到/~/— become a range (range start and end, each keeping its parser id): 2月25日至26日.',
  examples: [
    {
      text: '2月25日至26日,青石镇举办农产品展销会。',
      expect: [
        { field: 'dates', value: '2月25日', with: { rule: 'month-day', range: 'start' } },
        { field: 'dates', value: '26日', with: { rule: 'bare-day', range: 'end' } },
      ],
      options: { publishedAt: '2024-03-01' },
    },
  ],
  counterexamples: [
    {
      text: '2月25日,青石镇召开大会;26日,白沙乡召开大会。',
      reject: [{ field: 'dates', value: '2月25日', with: { range: 'start' } }],
      options: { publishedAt: '2024-03-01' },
    },
  ],
};
