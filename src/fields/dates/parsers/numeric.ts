/** All-digit dates: ISO 2024-02-27, 2018/03/08, 2024.02.27, résumé 1990.09, European 27.02.2024. */
import { RANGE_CONNECTORS } from '../words.js';
import { DD, DIGITS, MM, MM_MAX, SP, Y4, Y4_FIRST, Y4_LEN } from './blocks.js';
import { num, one, ymd } from './candidate.js';
import type { DateParser } from './types.js';

export const ISO_YMD: DateParser = {
  id: 'iso-ymd',
  description: 'An ISO date with an optional clock: 2024-02-27 16:56:27 → 2024-02-27 (datetime).',
  examples: [
    {
      text: '发布时间:2024-02-27 16:56:27',
      expect: [{ field: 'dates', value: '2024-02-27', with: { time: '16:56:27' } }],
    },
    { text: '青石镇于2023-11-08召开冬季防火部署会。', expect: [{ field: 'dates', value: '2023-11-08' }] },
  ],
  counterexamples: [
    { text: '合同编号2024-02-2701已归档。' },
    { text: '设备批次号2024-13-05,请核对。' },
    { text: '青石镇便民服务热线0571-8765-4321。' },
  ],
  pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})-(${MM})-(${DD})(?!-?\\d)`, 'g'),
  anchor: { chars: '-', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
  extract: (m, text) => one(ymd('iso-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
};

export const SLASH_YMD: DateParser = {
  id: 'slash-ymd',
  description: 'A slashed year-month-day: 2018/03/08 → 2018-03-08; not inside a path (news/2018/03/08/).',
  examples: [{ text: '2018/03/08 青石镇召开妇女代表大会。', expect: [{ field: 'dates', value: '2018-03-08' }] }],
  counterexamples: [{ text: '原文链接为news/2018/03/08/index.html,可点击查看。' }],
  pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})/(${MM})/(${DD})(?![\\d/])`, 'g'),
  anchor: { chars: '/', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
  extract: (m, text) => one(ymd('slash-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
};

export const DOT_YMD: DateParser = {
  id: 'dot-ymd',
  description: 'A dotted year-month-day: 2024.02.27 → 2024-02-27; not when a fourth part follows (a version).',
  examples: [{ text: '2024.02.27 青石镇乡村振兴推进会召开。', expect: [{ field: 'dates', value: '2024-02-27' }] }],
  counterexamples: [{ text: '平台已升级至2024.02.27.1版本。' }],
  pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})\\.(${MM})\\.(${DD})(?!\\.?\\d)`, 'g'),
  anchor: { chars: '.', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
  extract: (m, text) => one(ymd('dot-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
};

export const DOT_YM: DateParser = {
  id: 'dot-ym',
  description:
    'A dotted year-month in a résumé period: 1990.09—1994.07 → 1990-09, 1994-07; only next to a range mark, 2023.12万元 stays a number.',
  examples: [
    {
      text: '1990.09—1994.07 任青石县副县长',
      expect: [
        { field: 'dates', value: '1990-09' },
        { field: 'dates', value: '1994-07' },
      ],
    },
    { text: '2015.03 至今 任白沙乡党委书记', expect: [{ field: 'dates', value: '2015-03' }] },
  ],
  counterexamples: [{ text: '全年完成产值2023.12万元。' }],
  pattern: new RegExp(
    `(?<![\\d/.])(${Y4})\\.(0[1-9]|1[0-2])(?![\\d.])(?:(?=${SP}(?:[${RANGE_CONNECTORS}]|至今|起|以来))|(?<=[${RANGE_CONNECTORS}] {0,2}\\d{4}\\.\\d\\d))`,
    'g',
  ),
  anchor: { chars: '.', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
  extract: (m, text) => one(ymd('dot-ym', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), undefined)),
};

export const DOT_DMY: DateParser = {
  id: 'dot-dmy',
  description: 'A dotted day-month-year: 27.02.2024 → 2024-02-27, only when the day cannot be a month.',
  examples: [{ text: '双方于27.02.2024签署合作协议。', expect: [{ field: 'dates', value: '2024-02-27' }] }],
  counterexamples: [{ text: '双方于03.04.2024签署合作协议。' }],
  pattern: new RegExp(`(?<![\\d/.\\-])(${DD})\\.(${MM})\\.(${Y4})(?!\\.?\\d)`, 'g'),
  anchor: { chars: '.', lead: MM_MAX, first: DIGITS, between: DIGITS },
  extract: (m, text) => {
    const d = num(m[1]) as number;
    const mo = num(m[2]) as number;
    if (d <= 12 && d !== mo) return null; // 03.04.2024: day-month or month-day? Leave it.
    return one(ymd('dot-dmy', text, m.index, m.index + m[0].length, num(m[3]), mo, d));
  },
};
