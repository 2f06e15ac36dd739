/**
 * Word lists for the date normaliser (src/fields/dates/). Generic
 * vocabulary only; the regexes that use them live with the parsers.
 */

/** Characters that may spell a Chinese-numeral year digit. */
export const CN_YEAR_CHARS = '〇○零Oo0一二三四五六七八九';

/** Characters of a Chinese numeral (month/day); a date must not start right after one. */
export const CN_NUMERAL_CHARS = '〇○零一二三四五六七八九十廿卅两';

/** 今年/去年 … + month: offset from the publication year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1,
};

/** 当年/同年/次年 + month: offset from the year last written in the text. */
export const CONTEXT_YEARS: Readonly<Record<string, number>> = {
  当年: 0, 同年: 0, 次年: 1, 翌年: 1,
};

/** 本月/上月 … + day: offset from the publication month; 当月 follows the month last mentioned. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  本月: 0, 上月: -1, 下月: 1, 当月: 0, 同月: 0,
};

/** Words before "N日" that make it a count of days (为期3日), not a date. */
export const DAY_COUNT_BEFORE = ['为期', '历时', '连续', '累计', '长达', '超过'] as const;

/** 次日/当天 …: offset in days from the date last mentioned. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  次日: 1, 翌日: 1, 第二天: 1, 当天: 0, 当日: 0, 同日: 0, 同一天: 0, 前一天: -1,
};

/** Vague references to a recent past: no day can be given, only "not after publication". */
export const VAGUE_WORDS = ['近日', '日前', '此前'] as const;

/** Time-of-day words kept in `timeOfDay`; longer first so the regex alternation takes 上午 before 上. */
export const TIME_OF_DAY_WORDS = [
  '上午', '下午', '中午', '晚上', '晚间', '傍晚', '凌晨', '早上', '早晨', '清晨', '夜间', '深夜', '晚',
] as const;

/** Afternoon/evening words: a clock hour below 12 after them is p.m. */
export const PM_WORDS: ReadonlySet<string> = new Set(['下午', '晚上', '晚间', '傍晚', '夜间', '深夜', '晚']);

/** Range connectors between two date expressions (至/到/~/dashes). */
export const RANGE_CONNECTORS = '至到~\\-—–－―';

/**
 * Words right after a year that make it biographical (1960年3月生, 1982年6月加入中国共产党):
 * such a year is a date, but it does not anchor later year-less dates.
 */
export const BIO_AFTER = ['出生', '加入中国共产党', '加入共产党', '入党', '参加工作', '参加革命', '入伍', '毕业'] as const;

/** A bare 生 after a year is a birth (1960年3月生) unless it starts a word such as 生产/生活. */
export const BIO_SHENG_NOT_BEFORE = '产活态效命动物长成意源猪鲜存';

/** Words right before a year that make it biographical (生于1968年2月). */
export const BIO_BEFORE = ['出生于', '生于', '出生在', '出生'] as const;

/** Words before a 4-digit number + 年 that make it a duration (长达2000年). */
export const DURATION_BEFORE = ['长达', '超过', '历经', '逾', '约', '近'] as const;

/** Words after a 4-digit number + 年 that make it a duration (2000年历史). */
export const DURATION_AFTER = ['历史', '的历史', '之久'] as const;
