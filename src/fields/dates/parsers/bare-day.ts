/** A day alone: 13日召开. Month and year come from the dateline or the last date. */
import { DD, DIGITS, DIGITS_SP, MM_MAX, NOT_DURATION_AFTER, NOT_DURATION_BEFORE, SP, SP_MAX } from './blocks.js';
import { num, one, ymd } from './candidate.js';
import type { DateParser } from './types.js';

export const BARE_DAY: DateParser = {
  id: 'bare-day',
  description:
    'A day in digits with 日: 13日召开 → month and year from the last date or the publication; not a count (第3日, 为期3日, 7日内); dropped with no month anywhere.',
  examples: [
    {
      text: '13日,青石镇召开森林防火工作会议。',
      expect: [{ field: 'dates', value: '2024-03-13' }],
      options: { publishedAt: '2024-03-15' },
    },
    { text: '白沙乡于5月8日开工,12日完成主体。', expect: [{ field: 'dates', value: '12日' }] },
  ],
  counterexamples: [
    { text: '整改须在7日内完成。', options: { publishedAt: '2024-03-15' } },
    { text: '培训为期3日,地点在青石镇。', options: { publishedAt: '2024-03-15' } },
    { text: '5日晚,青石镇举办文艺汇演。' },
  ],
  pattern: new RegExp(`${NOT_DURATION_BEFORE}(${DD})${SP}日${NOT_DURATION_AFTER}`, 'g'),
  anchor: { chars: '日', lead: MM_MAX + SP_MAX, first: DIGITS, between: DIGITS_SP },
  extract: (m, text) => one(ymd('bare-day', text, m.index, m.index + m[0].length, undefined, undefined, num(m[1]))),
};
