/** A recent past with no day: 近日, 日前, 此前. */
import { CN_NUMERAL_CHARS, VAGUE_WORDS } from '../words.js';
import { wordAnchor } from './blocks.js';
import type { DateParser } from './types.js';

export const VAGUE: DateParser = {
  id: 'vague',
  description:
    '近日 / 日前 / 此前 → value null, notAfter = the publication date; 15日前 is "before the 15th", not vague.',
  examples: [
    {
      text: '近日,青石镇召开秸秆禁烧工作会议。',
      expect: [{ field: 'dates', value: '近日', with: { value: null, notAfter: '2024-05-20' } }],
      options: { publishedAt: '2024-05-20' },
    },
  ],
  counterexamples: [{ text: '各村须在15日前上报名单。', options: { publishedAt: '2024-05-10' } }],
  // 日前 right after a numeral is "before the Nth" (15日前), not "recently".
  pattern: new RegExp(
    VAGUE_WORDS.map((w) => (w.startsWith('日') ? `(?<![\\d${CN_NUMERAL_CHARS}])${w}` : w)).join('|'),
    'g',
  ),
  anchor: wordAnchor(VAGUE_WORDS, '日前'),
  extract: (m) => [{ start: m.index, end: m.index + m[0].length, vague: true, rule: 'vague' }],
};
