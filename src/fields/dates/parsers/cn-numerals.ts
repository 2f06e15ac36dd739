/** Dates in Chinese numerals: 二〇二四年三月五日, 九月中旬, 三月五日. */
import { parseCnYear } from '../../../text/cn-numerals.js';
import { CN_NUMERAL_CHARS, CN_YEAR_CHARS } from '../words.js';
import { CN_DAY, CN_MONTH, CN_MONTH_FIRST, CN_MONTH_MAX, CN_YEAR, DAY, MONTH, NOT_AFTER_CN } from './blocks.js';
import { num, one, ymd } from './candidate.js';
import type { DateParser } from './types.js';

export const CN_NUMERAL_YMD: DateParser = {
  id: 'cn-numeral-ymd',
  description:
    'A year in Chinese numerals, digit by digit, with 年 and optionally a month and day: 二〇二四年三月五日 → 2024-03-05.',
  examples: [
    { text: '青石镇人民政府\n二〇二四年三月五日', expect: [{ field: 'dates', value: '2024-03-05' }] },
    { text: '二○二三年十二月,白沙乡完成道路硬化。', expect: [{ field: 'dates', value: '2023-12' }] },
  ],
  counterexamples: [{ text: '二十二年来,青石镇坚持植树造林。' }],
  pattern: new RegExp(`${NOT_AFTER_CN}(${CN_YEAR})年(?:(${MONTH})月(?:(${DAY})[日号])?)?`, 'g'),
  anchor: { chars: '年', lead: 4, first: '一二', between: '一二' + CN_YEAR_CHARS },
  extract: (m, text) =>
    one(ymd('cn-numeral-ymd', text, m.index, m.index + m[0].length, parseCnYear(m[1] as string), num(m[2]), num(m[3]))),
};

export const CN_MONTH_DAY: DateParser = {
  id: 'cn-month-day',
  description:
    'A month (and day) in Chinese numerals: 九月中旬 / 三月五日 → 2024-09 / 2024-03-05 (year as for month-day); not after 第/每/上/这…, nor 十月革命.',
  examples: [
    {
      text: '九月中旬,青石镇的晚稻开始收割。',
      expect: [{ field: 'dates', value: '2024-09' }],
      options: { publishedAt: '2024-10-08' },
    },
    { text: '三月五日,白沙乡举行植树活动。', expect: [{ field: 'dates', value: '三月五日' }] },
  ],
  counterexamples: [{ text: '十月革命一声炮响。' }, { text: '前三月,青石镇累计完成投资两亿元。' }],
  pattern: new RegExp(
    `(?<![\\d${CN_NUMERAL_CHARS}第每个几数上下本这那该前后])(${CN_MONTH})月(?:(${CN_DAY})[日号])?(?!革命)`,
    'g',
  ),
  anchor: { chars: '月', lead: CN_MONTH_MAX, first: CN_MONTH_FIRST, between: CN_MONTH_FIRST },
  extract: (m, text) => one(ymd('cn-month-day', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
};
