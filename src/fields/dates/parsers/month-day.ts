/** Month and day in digits without a year: 2月25日上午, 12月, 4月份, and 10-21 09:15 next to a clock. */
import { DAY, DD, DIGITS, DIGITS_SP, MM, MM_MAX, SP, SP_MAX } from './blocks.js';
import { num, one, ymd } from './candidate.js';
import type { DateParser } from './types.js';

export const MONTH_DAY: DateParser = {
  id: 'month-day',
  description:
    'A month in digits with 月, optionally a day: 2月25日上午 / 12月 / 4月份 → 2024-02-25 / 2023-12 / 2024-04 (year from publication, past-biased); not after 第/每/前/近 or 每年.',
  examples: [
    {
      text: '2月25日上午,青石镇召开安全生产会议。',
      expect: [{ field: 'dates', value: '2024-02-25', with: { timeOfDay: '上午' } }],
      options: { publishedAt: '2024-03-01' },
    },
    {
      text: '12月份,白沙乡完成全部改造任务。',
      expect: [{ field: 'dates', value: '2023-12' }],
      options: { publishedAt: '2024-01-10' },
    },
  ],
  counterexamples: [
    { text: '青石镇每年3月举办桃花节。', options: { publishedAt: '2024-03-01' } },
    { text: '前3月,白沙乡累计接待游客五万人次。', options: { publishedAt: '2024-04-01' } },
  ],
  pattern: new RegExp(
    `(?<![\\d./第每前近头])(?<!\\d[\\-.])(?<!每年 {0,2})(${MM})${SP}月(?:${SP}(${DAY})${SP}[日号])?`,
    'g',
  ),
  anchor: { chars: '月', lead: MM_MAX + SP_MAX, first: DIGITS, between: DIGITS_SP },
  extract: (m, text) => one(ymd('month-day', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
};

export const MONTH_DAY_CLOCK: DateParser = {
  id: 'month-day-clock',
  description: 'A dashed month-day followed by a clock time: 10-21 09:15 → 10-21 (without the clock it is no date).',
  examples: [
    {
      text: '10-21 09:15 青石镇发布大风预警。',
      expect: [{ field: 'dates', value: '2024-10-21', with: { time: '09:15' } }],
      options: { publishedAt: '2024-10-22' },
    },
  ],
  counterexamples: [{ text: '青石镇女排以10-21失利。', options: { publishedAt: '2024-10-22' } }],
  pattern: new RegExp(`(?<![\\d\\-/.:])(${MM})-(${DD})(?= {1,2}(?:[01]?\\d|2[0-3]):[0-5]\\d)`, 'g'),
  anchor: { chars: '-', lead: MM_MAX, first: DIGITS, between: DIGITS },
  extract: (m, text) =>
    one(ymd('month-day-clock', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
};
