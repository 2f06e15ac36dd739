/** Dates known as dates only by where they stand on a line: 04.18 at a line start, 2015 9 14 at a line end. */
import { DD, DIGITS, MM, Y4, Y4_FIRST, Y4_LEN } from './blocks.js';
import { num, one, ymd } from './candidate.js';
import type { DateParser } from './types.js';

export const LINE_MMDD: DateParser = {
  id: 'line-mmdd',
  description: 'A line opening with a two-digit month.day and a space: 04.18 某乡召开推进会 → 04-18.',
  examples: [
    {
      text: '工作动态\n04.18 青石镇召开春季防火推进会',
      expect: [{ field: 'dates', value: '2024-04-18' }],
      options: { publishedAt: '2024-04-20' },
    },
  ],
  counterexamples: [
    { text: '本次测评青石镇得分 04.18 分。', options: { publishedAt: '2024-04-20' } },
    { text: '12.35 万元专项资金已拨付到村。', options: { publishedAt: '2024-04-20' } },
  ],
  // (?<![^\n]) is (?<=^|\n) written so that V8 can skip ahead to the digits.
  pattern: /(?<![^\n])(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])(?= )/g,
  anchor: { chars: '.', lead: 2, first: '01', between: DIGITS },
  extract: (m, text) => one(ymd('line-mmdd', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
};

export const LINE_YMD_SPACED: DateParser = {
  id: 'line-ymd-spaced',
  description:
    'Year, month and day split by spaces at the end of a line (a signature date whose 年月日 were lost): 2015 9 14 → 2015-09-14.',
  examples: [{ text: '青石镇人民政府\n2015 9 14\n', expect: [{ field: 'dates', value: '2015-09-14' }] }],
  counterexamples: [{ text: '该村门牌号码为 2015 9 14 号。' }],
  pattern: new RegExp(`(?<![\\d.\\-/])(${Y4}) {1,3}(${MM}) {1,3}(${DD}) {0,3}(?=\\r?\\n|$)`, 'g'),
  anchor: { chars: ' ', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
  extract: (m, text) =>
    one(ymd('line-ymd-spaced', text, m.index, m.index + m[0].trimEnd().length, num(m[1]), num(m[2]), num(m[3]))),
};
