/** Year-month-day in digits with 年月日: 2024年3月5日上午, 2024 年 3 月, 2023年度. */
import { DAY, DIGITS_SP, MONTH, SP, SP_MAX, Y4, Y4_FIRST, Y4_LEN } from './blocks.js';
import { num, one, ymd } from './candidate.js';
import type { DateParser } from './types.js';

export const CJK_YMD: DateParser = {
  id: 'cjk-ymd',
  description:
    'A year written in digits with 年, optionally a month and a day (numerals or digits): 2024年3月5日上午 / 2024 年 3 月 / 2023年度 → 2024-03-05 / 2024-03 / 2023. A year-only date that is a document number (2016年第45号) or a span (2000年历史) is dropped.',
  examples: [
    {
      text: '2024年3月5日上午,青石镇召开春耕生产动员会。',
      expect: [{ field: 'dates', value: '2024-03-05', with: { timeOfDay: '上午' } }],
    },
    { text: '白沙乡2023年度考核结果已公示。', expect: [{ field: 'dates', value: '2023' }] },
    { text: '2021 年 9 月,李明华调任青石镇。', expect: [{ field: 'dates', value: '2021-09' }] },
  ],
  counterexamples: [{ text: '青石镇古村落已有1600年历史。' }, { text: '依据青石县人民政府2016年第45号公告执行。' }],
  pattern: new RegExp(`(?<!\\d)(${Y4})${SP}年(?:${SP}(${MONTH})${SP}月(?:${SP}(${DAY})${SP}[日号])?)?`, 'g'),
  anchor: { chars: '年', lead: Y4_LEN + SP_MAX, first: Y4_FIRST, between: DIGITS_SP },
  extract: (m, text) => one(ymd('cjk-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
};
