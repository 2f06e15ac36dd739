/**
 * The date parser table (chrono-node's shape): each parser a rule with a
 * stable id, a pattern and an extract step that returns raw candidates — what
 * is written, nothing resolved. Order is the tie-break when two candidates
 * cover the same text: the longer candidate always wins first.
 */
import { BARE_DAY } from './bare-day.js';
import { CJK_YMD } from './cjk-ymd.js';
import { CN_MONTH_DAY, CN_NUMERAL_YMD } from './cn-numerals.js';
import { LINE_MMDD, LINE_YMD_SPACED } from './lines.js';
import { MONTH_DAY, MONTH_DAY_CLOCK } from './month-day.js';
import { DOT_DMY, DOT_YM, DOT_YMD, ISO_YMD, SLASH_YMD } from './numeric.js';
import { DAY_RANGE, MONTH_DAY_RANGE, MONTH_LIST, MONTH_RANGE, YEAR_LIST, YEAR_RANGE } from './ranges.js';
import { RELATIVE_DAY, RELATIVE_MONTH_DAY, RELATIVE_YEAR_MONTH } from './relative.js';
import type { DateParser } from './types.js';
import { VAGUE } from './vague.js';

export { runParsers } from './run.js';
export type { Anchor, DateParser, RawDate, RawGroup } from './types.js';

export const DATE_PARSERS: readonly DateParser[] = [
  ISO_YMD,
  SLASH_YMD,
  DOT_YMD,
  DOT_YM,
  DOT_DMY,
  CJK_YMD,
  CN_NUMERAL_YMD,
  YEAR_RANGE,
  YEAR_LIST,
  MONTH_LIST,
  MONTH_DAY_RANGE,
  MONTH_RANGE,
  MONTH_DAY,
  CN_MONTH_DAY,
  RELATIVE_YEAR_MONTH,
  RELATIVE_MONTH_DAY,
  MONTH_DAY_CLOCK,
  LINE_MMDD,
  LINE_YMD_SPACED,
  DAY_RANGE,
  BARE_DAY,
  RELATIVE_DAY,
  VAGUE,
];
