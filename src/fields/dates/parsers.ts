/**
 * Date parsers: each one a rule object with a stable id, an invented example,
 * a regex and an extract step (chrono-node's shape). A parser returns raw
 * candidates — what is written, nothing resolved; dates-refiners.ts chooses
 * among overlapping candidates and fills in missing years/months.
 *
 * Every regex is linear: bounded quantifiers, alternations of fixed words,
 * no nested quantifiers over overlapping classes.
 */
import {
  CN_NUMERAL_CHARS,
  CN_YEAR_CHARS,
  CONTEXT_YEARS,
  PM_WORDS,
  RANGE_CONNECTORS,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  DAY_COUNT_BEFORE,
  RELATIVE_YEARS,
  TIME_OF_DAY_WORDS,
  VAGUE_WORDS,
} from './words.js';
import { parseCnYear, parseNumber } from '../../text/cn-numerals.js';

/** A date as written, before resolution. Offsets are UTF-16 units into doc.text. */
export interface RawDate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** 今年/去年 … (publication-relative) or 当年/同年 … (context-relative) before a month. */
  relYear?: string;
  /** 本月/上月 … before a day. */
  relMonth?: string;
  /** 次日/当天 …: day offset from the date last mentioned. */
  relDay?: number;
  vague?: boolean;
  time?: string;
  timeOfDay?: string;
  range?: 'start' | 'end';
  rule: string;
}

/** Candidates one match produced; kept or dropped together (a range is one group). */
export interface RawGroup {
  start: number;
  end: number;
  items: RawDate[];
  /** Lower wins when two groups start at the same place with the same length. */
  priority: number;
}

export interface Anchor {
  chars: string;
  lead: number;
  first: string;
  between: string;
  /** One of these must stand between the match start and the anchor (a range or list mark). */
  needs?: string;
}

export interface DateParser {
  id: string;
  example: string;
  pattern: RegExp;
  extract(m: RegExpExecArray, text: string): RawDate[] | null;
  /**
   * Optional speed-up, no change in what is found: every match contains one of
   * `chars` at most `lead` UTF-16 units after its start, starts with one of
   * `first`, and has only `between` characters before that anchor character.
   * The pattern is then tried only at such starts near those characters (rare
   * in a text: 年/月/日 a few times per article) instead of being scanned over
   * the whole text.
   */
  anchor?: Anchor;
}

// ---- building blocks (regex source strings) ----

const SP = ' {0,2}';
const Y4 = '(?:1[5-9]\\d{2}|20\\d{2})';
const MM = '(?:1[0-2]|0?[1-9])';
const DD = '(?:3[01]|[12]\\d|0?[1-9])';
const CN_MONTH = '(?:十[一二]?|[一二三四五六七八九]|元)';
const CN_DAY = '(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])';
const MONTH = `(?:${MM}|${CN_MONTH})`;
const DAY = `(?:${DD}|${CN_DAY})`;
const CONN = `[${RANGE_CONNECTORS}]{1,2}`;
/** Joins the members of a list of years/months (2015、2016年). */
const LIST = '[、和及与]';
const CN_YEAR = `[一二][${CN_YEAR_CHARS}]{3}`;
const NOT_AFTER_CN = `(?<![\\d${CN_NUMERAL_CHARS}])`;

// Longest text each block can match, and what a match can start with (for `anchor`).
const SP_MAX = 2;
const Y4_LEN = 4;
const MM_MAX = 2; // MM and DD: one or two digits
const CONN_MAX = 2;
const LIST_LEN = 1;
const CN_MONTH_MAX = 2; // 十一
const DIGITS = '0123456789';
const Y4_FIRST = '12';
const CN_MONTH_FIRST = '十一二三四五六七八九元';
const firstChars = (words: readonly string[]): string => words.map((w) => w.charAt(0)).join('');
const DIGITS_SP = DIGITS + ' ';
const CONN_CHARS = RANGE_CONNECTORS; // as characters (its "\\" only widens the set)
const LIST_CHARS = '、和及与';
/** For a word-list pattern: the anchor is the list's rarest characters, found in every word. */
function wordAnchor(words: readonly string[], chars: string): Anchor {
  let lead = 0;
  let between = '';
  for (const w of words) {
    const at = [...chars].map((c) => w.indexOf(c)).filter((i) => i >= 0);
    if (at.length === 0) throw new Error(`date parser anchor: "${w}" holds none of ${chars}`);
    const first = Math.min(...at);
    lead = Math.max(lead, first);
    between += w.slice(0, first);
  }
  return { chars, lead, first: firstChars(words), between };
}
const RELATIVE_YEAR_WORDS = [...Object.keys(RELATIVE_YEARS), ...Object.keys(CONTEXT_YEARS)];

/** A bare day is a count, not a date, after 第/每/近/为期 … or before 内/游/以内. */
const NOT_DURATION_BEFORE = `(?<![\\d./月第每近前后约共达])(?<!\\d[\\-.])(?<!(?:${DAY_COUNT_BEFORE.join('|')}) {0,2})`;
const NOT_DURATION_AFTER = `(?![内游]|以内)`;

const CLOCK_SRC = '([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?';
const TOD_SRC = `(${TIME_OF_DAY_WORDS.join('|')})(?![会报饭餐宴])`;
/** After a day: optional time of day, optional clock (9:30 / 9点 / 9时30分 / 3点半). */
const DAY_TAIL = new RegExp(
  `(?:${SP}${TOD_SRC})?(?:(?:${SP}|T)(?:${CLOCK_SRC}|([01]?\\d|2[0-3]) ?[点时](?: ?([0-5]?\\d) ?分|(半))?))?`,
  'y',
);
const MONTH_TAIL = /(?:份|[上中下]旬|初|底|末)?/y;
const YEAR_TAIL = /(?:度|初|底|末|[上下]半年)?/y;

/**
 * Characters a non-empty tail can start with. Most dates have no tail: checking
 * the next character first saves a regex run per candidate.
 */
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const DAY_TAIL_FIRST = codes(' T0123456789' + TIME_OF_DAY_WORDS.map((w) => w.charAt(0)).join(''));
const MONTH_TAIL_FIRST = codes('份上中下初底末');
const YEAR_TAIL_FIRST = codes('度初底末上下');

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** /^\d+$/ without a regex run. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validMonthDay(month: number | undefined, day: number | undefined): boolean {
  if (month !== undefined && !(month >= 1 && month <= 12)) return false;
  if (day !== undefined) {
    if (!(day >= 1 && day <= 31)) return false;
    if (month !== undefined && day > (DAYS_IN_MONTH[month - 1] ?? 31)) return false;
  }
  return true;
}

interface Tail {
  end: number;
  time?: string;
  timeOfDay?: string;
}

/** Reads 上午 / 16:56:27 / 9点 after a day-precision date ending at `pos`. */
export function readDayTail(text: string, pos: number): Tail {
  if (!DAY_TAIL_FIRST.has(text.charCodeAt(pos))) return { end: pos };
  DAY_TAIL.lastIndex = pos;
  const t = DAY_TAIL.exec(text);
  if (!t || t[0].length === 0) return { end: pos };
  const tail: Tail = { end: pos + t[0].length };
  const tod = t[1];
  if (tod) tail.timeOfDay = tod;
  let hour: number | null = null;
  let minute = 0;
  let second: number | null = null;
  if (t[2] !== undefined) {
    hour = parseInt(t[2], 10);
    minute = parseInt(t[3] ?? '0', 10);
    if (t[4] !== undefined) second = parseInt(t[4], 10);
  } else if (t[5] !== undefined) {
    hour = parseInt(t[5], 10);
    if (t[6] !== undefined) minute = parseInt(t[6], 10);
    else if (t[7] !== undefined) minute = 30;
    if (tod && PM_WORDS.has(tod) && hour < 12) hour += 12;
  }
  if (hour !== null) {
    tail.time = `${pad2(hour)}:${pad2(minute)}${second !== null ? ':' + pad2(second) : ''}`;
  } else if (!tod) {
    // Only spaces matched: give them back.
    return { end: pos };
  }
  return tail;
}

function readTail(re: RegExp, first: ReadonlySet<number>, text: string, pos: number): number {
  if (!first.has(text.charCodeAt(pos))) return pos;
  re.lastIndex = pos;
  const t = re.exec(text);
  return t ? pos + t[0].length : pos;
}

/** One y/m/d candidate with the tail that fits its precision. */
function ymd(
  rule: string,
  text: string,
  start: number,
  end: number,
  year: number | undefined,
  month: number | undefined,
  day: number | undefined,
): RawDate | null {
  if (year !== undefined && !(year >= 1000 && year <= 2099)) return null;
  if (!validMonthDay(month, day)) return null;
  const raw: RawDate = { start, end, rule };
  if (year !== undefined) raw.year = year;
  if (month !== undefined) raw.month = month;
  if (day !== undefined) {
    raw.day = day;
    const tail = readDayTail(text, end);
    raw.end = tail.end;
    if (tail.time) raw.time = tail.time;
    if (tail.timeOfDay) raw.timeOfDay = tail.timeOfDay;
  } else if (month !== undefined) raw.end = readTail(MONTH_TAIL, MONTH_TAIL_FIRST, text, end);
  else raw.end = readTail(YEAR_TAIL, YEAR_TAIL_FIRST, text, end);
  return raw;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseNumber(s));

function one(r: RawDate | null): RawDate[] | null {
  return r ? [r] : null;
}

/** Two ends of a range; both must parse. */
function pair(a: RawDate | null, b: RawDate | null): RawDate[] | null {
  if (!a || !b) return null;
  a.range = 'start';
  b.range = 'end';
  return [a, b];
}

/**
 * The parser table. Order is the tie-break when two candidates cover the same
 * text: the longer candidate always wins first.
 */
export const DATE_PARSERS: readonly DateParser[] = [
  {
    id: 'iso-ymd',
    example: '2024-02-27 16:56:27 → 2024-02-27 (datetime)',
    pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})-(${MM})-(${DD})(?!-?\\d)`, 'g'),
    anchor: { chars: '-', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
    extract: (m, text) => one(ymd('iso-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
  },
  {
    id: 'slash-ymd',
    example: '2018/03/08 → 2018-03-08',
    pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})/(${MM})/(${DD})(?![\\d/])`, 'g'),
    anchor: { chars: '/', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
    extract: (m, text) => one(ymd('slash-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
  },
  {
    id: 'dot-ymd',
    example: '2024.02.27 → 2024-02-27',
    pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})\\.(${MM})\\.(${DD})(?!\\.?\\d)`, 'g'),
    anchor: { chars: '.', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
    extract: (m, text) => one(ymd('dot-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
  },
  {
    id: 'dot-ym',
    example:
      '1990.09—1994.07 (résumé periods) → 1990-09, 1994-07; only next to a range mark, 2023.12万元 stays a number',
    pattern: new RegExp(
      `(?<![\\d/.])(${Y4})\\.(0[1-9]|1[0-2])(?![\\d.])(?:(?=${SP}(?:[${RANGE_CONNECTORS}]|至今|起|以来))|(?<=[${RANGE_CONNECTORS}] {0,2}\\d{4}\\.\\d\\d))`,
      'g',
    ),
    anchor: { chars: '.', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
    extract: (m, text) => one(ymd('dot-ym', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), undefined)),
  },
  {
    id: 'dot-dmy',
    example: '27.02.2024 → 2024-02-27 (only when the day cannot be a month)',
    pattern: new RegExp(`(?<![\\d/.\\-])(${DD})\\.(${MM})\\.(${Y4})(?!\\.?\\d)`, 'g'),
    anchor: { chars: '.', lead: MM_MAX, first: DIGITS, between: DIGITS },
    extract: (m, text) => {
      const d = num(m[1]) as number;
      const mo = num(m[2]) as number;
      if (d <= 12 && d !== mo) return null; // 03.04.2024: day-month or month-day? Leave it.
      return one(ymd('dot-dmy', text, m.index, m.index + m[0].length, num(m[3]), mo, d));
    },
  },
  {
    id: 'cjk-ymd',
    example: '2024年3月5日上午 / 2024 年 3 月 / 2023年度 → 2024-03-05 / 2024-03 / 2023',
    pattern: new RegExp(`(?<!\\d)(${Y4})${SP}年(?:${SP}(${MONTH})${SP}月(?:${SP}(${DAY})${SP}[日号])?)?`, 'g'),
    anchor: { chars: '年', lead: Y4_LEN + SP_MAX, first: Y4_FIRST, between: DIGITS_SP },
    extract: (m, text) => one(ymd('cjk-ymd', text, m.index, m.index + m[0].length, num(m[1]), num(m[2]), num(m[3]))),
  },
  {
    id: 'cn-numeral-ymd',
    example: '二〇二四年三月五日 → 2024-03-05',
    pattern: new RegExp(`${NOT_AFTER_CN}(${CN_YEAR})年(?:(${MONTH})月(?:(${DAY})[日号])?)?`, 'g'),
    anchor: { chars: '年', lead: 4, first: '一二', between: '一二' + CN_YEAR_CHARS },
    extract: (m, text) =>
      one(
        ymd('cn-numeral-ymd', text, m.index, m.index + m[0].length, parseCnYear(m[1] as string), num(m[2]), num(m[3])),
      ),
  },
  {
    id: 'year-range',
    example: '2026—2028年 / 2011-2013年度 → 2026, 2028',
    pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})${SP}${CONN}${SP}(${Y4})${SP}年`, 'g'),
    anchor: {
      chars: '年',
      lead: Y4_LEN + SP_MAX + CONN_MAX + SP_MAX + Y4_LEN + SP_MAX,
      first: Y4_FIRST,
      between: DIGITS_SP + CONN_CHARS,
      needs: CONN_CHARS,
    },
    extract: (m, text) => {
      const y1 = m[1] as string;
      const a = ymd('year-range', text, m.index, m.index + y1.length, num(y1), undefined, undefined);
      const s2 = m.index + m[0].lastIndexOf(m[2] as string);
      const b = ymd('year-range', text, s2, m.index + m[0].length, num(m[2]), undefined, undefined);
      return pair(a, b);
    },
  },
  {
    id: 'year-list',
    example: '2015、2016年 / 2015和2016年 → 2015, 2016',
    pattern: new RegExp(`(?<![\\d/.\\-])(${Y4})${SP}${LIST}${SP}(${Y4})${SP}年`, 'g'),
    anchor: {
      chars: '年',
      lead: Y4_LEN + SP_MAX + LIST_LEN + SP_MAX + Y4_LEN + SP_MAX,
      first: Y4_FIRST,
      between: DIGITS_SP + LIST_CHARS,
      needs: LIST_CHARS,
    },
    extract: (m, text) => {
      const y1 = m[1] as string;
      const a = ymd('year-list', text, m.index, m.index + y1.length, num(y1), undefined, undefined);
      const s2 = m.index + m[0].lastIndexOf(m[2] as string);
      const b = ymd('year-list', text, s2, m.index + m[0].length, num(m[2]), undefined, undefined);
      return a && b ? [a, b] : null;
    },
  },
  {
    id: 'month-list',
    example: '今年5、6月 → 05, 06 (not after a line start or 。, where 1、 numbers a list)',
    // (?<![…])(?!^) is (?<=[^…]) written so that V8 can skip ahead to the digits (≈15× faster scan).
    pattern: new RegExp(`(?<![\\d.\\-/第\\n。:;])(?!^)(${MM})${SP}${LIST}${SP}(${MM})${SP}月`, 'g'),
    anchor: {
      chars: '月',
      lead: MM_MAX + SP_MAX + LIST_LEN + SP_MAX + MM_MAX + SP_MAX,
      first: DIGITS,
      between: DIGITS_SP + LIST_CHARS,
      needs: LIST_CHARS,
    },
    extract: (m, text) => {
      const a = ymd('month-list', text, m.index, m.index + (m[1] as string).length, undefined, num(m[1]), undefined);
      const s2 = m.index + m[0].lastIndexOf(m[2] as string);
      const b = ymd('month-list', text, s2, m.index + m[0].length, undefined, num(m[2]), undefined);
      return a && b ? [a, b] : null;
    },
  },
  {
    id: 'month-day-range',
    example: '4月11-13日 → 04-11, 04-13',
    pattern: new RegExp(`(?<![\\d.\\-/])(${MM})${SP}月${SP}(${DD})${SP}${CONN}${SP}(${DD})${SP}[日号]`, 'g'),
    anchor: { chars: '月', lead: MM_MAX + SP_MAX, first: DIGITS, between: DIGITS_SP },
    extract: (m, text) => {
      const afterMonth = m[0].indexOf('月');
      const e1 = m.index + m[0].indexOf(m[2] as string, afterMonth) + (m[2] as string).length;
      const a = ymd('month-day-range', text, m.index, e1, undefined, num(m[1]), num(m[2]));
      const s2 = m.index + m[0].lastIndexOf(m[3] as string);
      const b = ymd('month-day-range', text, s2, m.index + m[0].length, undefined, undefined, num(m[3]));
      return pair(a, b);
    },
  },
  {
    id: 'month-range',
    example: '5-6月 → 05, 06',
    pattern: new RegExp(`(?<![\\d.\\-/:第])(${MM})${SP}${CONN}${SP}(${MM})${SP}月`, 'g'),
    anchor: {
      chars: '月',
      lead: MM_MAX + SP_MAX + CONN_MAX + SP_MAX + MM_MAX + SP_MAX,
      first: DIGITS,
      between: DIGITS_SP + CONN_CHARS,
      needs: CONN_CHARS,
    },
    extract: (m, text) => {
      const a = ymd('month-range', text, m.index, m.index + (m[1] as string).length, undefined, num(m[1]), undefined);
      const s2 = m[0].lastIndexOf(m[2] as string) + m.index;
      const b = ymd('month-range', text, s2, m.index + m[0].length, undefined, num(m[2]), undefined);
      return pair(a, b);
    },
  },
  {
    id: 'month-day',
    example: '2月25日上午 / 12月 / 4月份 → 2024-02-25 / 2023-12 / 2024-04 (year from publication)',
    pattern: new RegExp(
      `(?<![\\d./第每前近头])(?<!\\d[\\-.])(?<!每年 {0,2})(${MM})${SP}月(?:${SP}(${DAY})${SP}[日号])?`,
      'g',
    ),
    anchor: { chars: '月', lead: MM_MAX + SP_MAX, first: DIGITS, between: DIGITS_SP },
    extract: (m, text) => one(ymd('month-day', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
  },
  {
    id: 'cn-month-day',
    example: '九月中旬 / 三月五日 → 2024-09 / 2024-03-05',
    pattern: new RegExp(
      `(?<![\\d${CN_NUMERAL_CHARS}第每个几数上下本这那该前后])(${CN_MONTH})月(?:(${CN_DAY})[日号])?(?!革命)`,
      'g',
    ),
    anchor: { chars: '月', lead: CN_MONTH_MAX, first: CN_MONTH_FIRST, between: CN_MONTH_FIRST },
    extract: (m, text) =>
      one(ymd('cn-month-day', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
  },
  {
    id: 'relative-year-month',
    example: '今年5月 / 去年12月20日 → 2024-05 / 2023-12-20 (publication 2024)',
    pattern: new RegExp(`(${RELATIVE_YEAR_WORDS.join('|')})${SP}(${MONTH})${SP}月(?:${SP}(${DAY})${SP}[日号])?`, 'g'),
    anchor: wordAnchor(RELATIVE_YEAR_WORDS, '年'),
    extract: (m, text) => {
      const r = ymd('relative-year-month', text, m.index, m.index + m[0].length, undefined, num(m[2]), num(m[3]));
      if (r) r.relYear = m[1] as string;
      return one(r);
    },
  },
  {
    id: 'relative-month-day',
    example: '本月15日 / 上月28日 → the publication month (± 1) and that day',
    pattern: new RegExp(`(${Object.keys(RELATIVE_MONTHS).join('|')})${SP}(${DAY})${SP}[日号]`, 'g'),
    anchor: wordAnchor(Object.keys(RELATIVE_MONTHS), '月'),
    extract: (m, text) => {
      const r = ymd('relative-month-day', text, m.index, m.index + m[0].length, undefined, undefined, num(m[2]));
      if (r) r.relMonth = m[1] as string;
      return one(r);
    },
  },
  {
    id: 'month-day-clock',
    example: '10-21 09:15 → 10-21 (a dashed month-day only counts with a clock time)',
    pattern: new RegExp(`(?<![\\d\\-/.:])(${MM})-(${DD})(?= {1,2}(?:[01]?\\d|2[0-3]):[0-5]\\d)`, 'g'),
    anchor: { chars: '-', lead: MM_MAX, first: DIGITS, between: DIGITS },
    extract: (m, text) =>
      one(ymd('month-day-clock', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
  },
  {
    id: 'line-mmdd',
    example: '04.18 某乡召开推进会 (a line opening with a two-digit month.day) → 04-18',
    // (?<![^\n]) is (?<=^|\n) written so that V8 can skip ahead to the digits.
    pattern: /(?<![^\n])(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])(?= )/g,
    anchor: { chars: '.', lead: 2, first: '01', between: DIGITS },
    extract: (m, text) => one(ymd('line-mmdd', text, m.index, m.index + m[0].length, undefined, num(m[1]), num(m[2]))),
  },
  {
    id: 'line-ymd-spaced',
    example: '2015 9 14 (a signature date whose 年月日 were lost, at the end of a line) → 2015-09-14',
    pattern: new RegExp(`(?<![\\d.\\-/])(${Y4}) {1,3}(${MM}) {1,3}(${DD}) {0,3}(?=\\r?\\n|$)`, 'g'),
    anchor: { chars: ' ', lead: Y4_LEN, first: Y4_FIRST, between: DIGITS },
    extract: (m, text) =>
      one(ymd('line-ymd-spaced', text, m.index, m.index + m[0].trimEnd().length, num(m[1]), num(m[2]), num(m[3]))),
  },
  {
    id: 'day-range',
    example: '3-4日 → 03, 04 (month from the last date); 8日至9日 is two bare days',
    pattern: new RegExp(`${NOT_DURATION_BEFORE}(${DD})${SP}${CONN}${SP}(${DD})${SP}日${NOT_DURATION_AFTER}`, 'g'),
    anchor: {
      chars: '日',
      lead: MM_MAX + SP_MAX + CONN_MAX + SP_MAX + MM_MAX + SP_MAX,
      first: DIGITS,
      between: DIGITS_SP + CONN_CHARS,
      needs: CONN_CHARS,
    },
    extract: (m, text) => {
      const a = ymd('day-range', text, m.index, m.index + (m[1] as string).length, undefined, undefined, num(m[1]));
      const s2 = m[0].lastIndexOf(m[2] as string) + m.index;
      const b = ymd('day-range', text, s2, m.index + m[0].length, undefined, undefined, num(m[2]));
      return pair(a, b);
    },
  },
  {
    id: 'bare-day',
    example: '13日召开 → month and year from the dateline or the last date',
    pattern: new RegExp(`${NOT_DURATION_BEFORE}(${DD})${SP}日${NOT_DURATION_AFTER}`, 'g'),
    anchor: { chars: '日', lead: MM_MAX + SP_MAX, first: DIGITS, between: DIGITS_SP },
    extract: (m, text) => one(ymd('bare-day', text, m.index, m.index + m[0].length, undefined, undefined, num(m[1]))),
  },
  {
    id: 'relative-day',
    example: '次日上午 → the day after the date last mentioned',
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
  },
  {
    id: 'vague',
    example: '近日 / 日前 / 此前 → value null, notAfter = publication date',
    // 日前 right after a numeral is "before the Nth" (15日前), not "recently".
    pattern: new RegExp(
      VAGUE_WORDS.map((w) => (w.startsWith('日') ? `(?<![\\d${CN_NUMERAL_CHARS}])${w}` : w)).join('|'),
      'g',
    ),
    anchor: wordAnchor(VAGUE_WORDS, '日前'),
    extract: (m) => [{ start: m.index, end: m.index + m[0].length, vague: true, rule: 'vague' }],
  },
];

/** A small character class, tested without a regex: ASCII by table, the rest by set. */
interface CharClass {
  ascii: Uint8Array;
  other: ReadonlySet<number> | null;
}

function charClass(chars: string): CharClass {
  const ascii = new Uint8Array(128);
  const other: number[] = [];
  for (const c of codes(chars)) {
    if (c < 128) ascii[c] = 1;
    else other.push(c);
  }
  return { ascii, other: other.length > 0 ? new Set(other) : null };
}

function inClass(k: CharClass, c: number): boolean {
  return c < 128 ? k.ascii[c] === 1 : k.other?.has(c) === true;
}

/** How runParsers runs one parser; built once per parser list, not per text. */
interface Step {
  parser: DateParser;
  /** Private copies of the pattern: global, and sticky for an anchored parser. */
  global: RegExp;
  sticky: RegExp;
  /** Index into Plan.groups (the parser's anchor characters), or -1: no anchor, scan the whole text. */
  group: number;
  lead: number;
  first: CharClass;
  between: CharClass;
  needs: CharClass | null;
}

interface Plan {
  steps: Step[];
  /** The anchor characters: a bit set over all code units (small: stays in cache), and each one's code by slot. */
  isAnchor: Uint32Array;
  anchorCodes: number[];
  /** Distinct `anchor.chars` of the parsers, as lists of slots. */
  groups: number[][];
}

const PLANS = new WeakMap<readonly DateParser[], Plan>();
/** Windows (anchors × (lead + 1)) covering more than 1/DENSE of the text: scan it whole instead. */
const DENSE = 4;
const NO_CHARS = charClass('');

function planFor(parsers: readonly DateParser[]): Plan {
  let plan = PLANS.get(parsers);
  if (plan) return plan;
  const isAnchor = new Uint32Array(0x10000 >> 5);
  const anchorCodes: number[] = [];
  const groups: number[][] = [];
  const groupOf = new Map<string, number>();
  const steps = parsers.map((parser): Step => {
    const flags = parser.pattern.flags.replace(/[gy]/g, '');
    const global = new RegExp(parser.pattern.source, flags + 'g');
    const sticky = new RegExp(parser.pattern.source, flags + 'y');
    const a = parser.anchor;
    if (!a) return { parser, global, sticky, group: -1, lead: 0, first: NO_CHARS, between: NO_CHARS, needs: null };
    let group = groupOf.get(a.chars);
    if (group === undefined) {
      const list: number[] = [];
      for (const c of codes(a.chars)) {
        if (!anchorCodes.includes(c)) {
          anchorCodes.push(c);
          isAnchor[c >> 5] = isAnchor[c >> 5]! | (1 << (c & 31));
        }
        list.push(anchorCodes.indexOf(c));
      }
      group = groups.push(list) - 1;
      groupOf.set(a.chars, group);
    }
    const needs = a.needs ? charClass(a.needs) : null;
    return {
      parser,
      global,
      sticky,
      group,
      lead: a.lead,
      first: charClass(a.first),
      between: charClass(a.between),
      needs,
    };
  });
  plan = { steps, isAnchor, anchorCodes, groups };
  PLANS.set(parsers, plan);
  return plan;
}

/**
 * Runs every parser over the text; groups in no particular order.
 *
 * A parser is a global scan: the leftmost match from where the last one ended.
 * For an anchored parser the same matches are found by trying its sticky
 * pattern, left to right, only where a match can start: on a `first`
 * character at most `lead` before an anchor character, with only `between`
 * characters (and one of `needs`) up to it.
 */
export function runParsers(text: string, parsers: readonly DateParser[] = DATE_PARSERS): RawGroup[] {
  const groups: RawGroup[] = [];
  const emit = (p: DateParser, priority: number, m: RegExpExecArray) => {
    const items = p.extract(m, text);
    if (!items || items.length === 0) return;
    let start = Infinity;
    let end = -1;
    for (const it of items) {
      if (it.start < start) start = it.start;
      if (it.end > end) end = it.end;
    }
    groups.push({ start, end, items, priority });
  };

  const plan = planFor(parsers);
  // Offsets of every anchor character, in one pass over the text.
  const { isAnchor, anchorCodes } = plan;
  const bySlot: number[][] = anchorCodes.map(() => []);
  if (anchorCodes.length > 0) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((isAnchor[c >> 5]! & (1 << (c & 31))) !== 0) bySlot[anchorCodes.indexOf(c)]!.push(i);
    }
  }
  const byGroup: Array<number[] | undefined> = [];
  const anchorsOf = (group: number): number[] => {
    let list = byGroup[group];
    if (list) return list;
    const slots = plan.groups[group] as number[];
    if (slots.length === 1) list = bySlot[slots[0] as number] as number[];
    else {
      list = [];
      for (const k of slots) for (const i of bySlot[k] as number[]) list.push(i);
      list.sort((x, y) => x - y);
    }
    byGroup[group] = list;
    return list;
  };

  for (let priority = 0; priority < plan.steps.length; priority++) {
    const { parser, global, sticky, group, lead, first, between, needs } = plan.steps[priority] as Step;
    const anchors = group < 0 ? null : anchorsOf(group);
    // No anchor, or anchors so dense (a table of dates) that one scan of the whole text costs less.
    if (anchors === null || anchors.length * (lead + 1) * DENSE > text.length) {
      global.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = global.exec(text)) !== null) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        emit(parser, priority, m);
      }
      continue;
    }
    let from = 0; // no match may start before this: the end of the last one, or a position already tried
    for (const a of anchors) {
      // A match starts at most `lead` before its anchor, with only `between` characters in between.
      let start = a;
      let needed = needs === null;
      for (const stop = Math.max(from, a - lead); start > stop; start--) {
        const c = text.charCodeAt(start - 1);
        if (!inClass(between, c)) break;
        if (!needed && inClass(needs!, c)) needed = true;
      }
      if (!needed) continue;
      for (let q = Math.max(from, start); q <= a; q++) {
        from = q + 1;
        if (!inClass(first, text.charCodeAt(q))) continue;
        sticky.lastIndex = q;
        const m = sticky.exec(text);
        if (m === null || m[0].length === 0) continue;
        emit(parser, priority, m);
        from = q + m[0].length;
        q = from - 1;
      }
    }
  }
  return groups;
}
