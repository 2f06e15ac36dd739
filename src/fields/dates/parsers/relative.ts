/** Dates relative to the publication or to the date last mentioned: 今年5月, 本月15日, 次日. */
import { CONTEXT_YEARS, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_YEARS } from '../words.js';
import { DAY, MONTH, SP, wordAnchor } from './blocks.js';
import { one, num, readDayTail, ymd } from './candidate.js';
import type { DateParser, RawDate } from './types.js';

const RELATIVE_YEAR_WORDS = [...Object.keys(RELATIVE_YEARS), ...Object.keys(CONTEXT_YEARS)];

export const RELATIVE_YEAR_MONTH: DateParser = {
  id: 'relative-year-month',
  description:
    'A month after 今年/去年 … (publication year ± n) or 当年/同年 … (the year last written): 今年5月 / 去年12月20日 → 2024-05 / 2023-12-20 (publication 2024).',
  examples: [
    {
      text: '今年5月,青石镇启动人居环境整治。',
      expect: [{ field: 'dates', value: '2024-05' }],
      options: { publishedAt: '2024-06-10' },
    },
    {
      text: '去年12月20日,白沙乡通上天然气。',
      expect: [{ field: 'dates', value: '2023-12-20' }],
      options: { publishedAt: '2024-06-10' },
    },
    { text: '2019年李明华到青石镇任职,当年9月主持修建水库。', expect: [{ field: 'dates', value: '2019-09' }] },
  ],
  counterexamples: [{ text: '今年前5个月,青石镇税收增长一成。', options: { publishedAt: '2024-06-10' } }],
  pattern: new RegExp(`(${RELATIVE_YEAR_WORDS.join('|')})${SP}(${MONTH})${SP}月(?:${SP}(${DAY})${SP}[日号])?`, 'g'),
  anchor: wordAnchor(RELATIVE_YEAR_WORDS, '年'),
  extract: (m, text) => {
    const r = ymd('relative-year-month', text, m.index, m.index + m[0].length, undefined, num(m[2]), num(m[3]));
    if (r) r.relYear = m[1] as string;
    return one(r);
  },
};

export const RELATIVE_MONTH_DAY: DateParser = {
  id: 'relative-month-day',
  description:
    'A day after 本月/上月/下月 (the publication month ± 1) or 当月/同月 (the month last mentioned): 本月15日 / 上月28日.',
  examples: [
    {
      text: '本月15日起,青石镇实行垃圾分类。',
      expect: [{ field: 'dates', value: '2024-06-15' }],
      options: { publishedAt: '2024-06-10' },
    },
    {
      text: '上月28日,白沙乡召开党员大会。',
      expect: [{ field: 'dates', value: '2024-05-28' }],
      options: { publishedAt: '2024-06-10' },
    },
  ],
  counterexamples: [{ text: '本月15天内完成整改。', options: { publishedAt: '2024-06-10' } }],
  pattern: new RegExp(`(${Object.keys(RELATIVE_MONTHS).join('|')})${SP}(${DAY})${SP}[日号]`, 'g'),
  anchor: wordAnchor(Object.keys(RELATIVE_MONTHS), '月'),
  extract: (m, text) => {
    const r = ymd('relative-month-day', text, m.index, m.index + m[0].length, undefined, undefined, num(m[2]));
    if (r) r.relMonth = m[1] as string;
    return one(r);
  },
};

export const RELATIVE_DAY: DateParser = {
  id: 'relative-day',
  description:
    '次日/当天/前一天 …: the date last mentioned ± n days (次日上午 → the day after); dropped when no day was mentioned before.',
  examples: [
    {
      text: '2024年3月5日,青石镇召开部署会,次日上午开展巡查。',
      // The time of day is read (the text spans 次日上午) but not kept on the item.
      expect: [{ field: 'dates', value: '2024-03-06', with: { text: '次日上午', precision: 'day' } }],
    },
  ],
  counterexamples: [{ text: '青石镇防汛队次日凌晨出发。' }],
  pattern: new RegExp(`(?:${Object.keys(RELATIVE_DAYS).join('|')})`, 'g'),
  anchor: wordAnchor(Object.keys(RELATIVE_DAYS), '日天'),
  extract: (m, text) => {
    const r: RawDate = {
      start: m.index,
      end: m.index + m[0].length,
      relDay: RELATIVE_DAYS[m[0]] ?? 0,
      rule: 'relative-day',
    };
    const tail = readDayTail(text, r.end);
    r.end = tail.end;
    if (tail.time) r.time = tail.time;
    if (tail.timeOfDay) r.timeOfDay = tail.timeOfDay;
    return [r];
  },
};
