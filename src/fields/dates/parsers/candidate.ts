/**
 * Building one raw candidate from a match: checks the numbers, then reads the
 * tail that fits its precision (a time after a day, 份/上旬 after a month,
 * 度/底 after a year).
 */
import { parseNumber } from '../../../text/cn-numerals.js';
import { PM_WORDS, TIME_OF_DAY_WORDS } from '../words.js';
import { codes, SP } from './blocks.js';
import type { RawDate } from './types.js';

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
const DAY_TAIL_FIRST = codes(' T0123456789' + TIME_OF_DAY_WORDS.map((w) => w.charAt(0)).join(''));
const MONTH_TAIL_FIRST = codes('份上中下初底末');
const YEAR_TAIL_FIRST = codes('度初底末上下');

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function validMonthDay(month: number | undefined, day: number | undefined): boolean {
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
export function ymd(
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

/** A captured numeral (12, 十二, 元) as a number. */
export const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseNumber(s));

export function one(r: RawDate | null): RawDate[] | null {
  return r ? [r] : null;
}

/** Two ends of a range; both must parse. */
export function pair(a: RawDate | null, b: RawDate | null): RawDate[] | null {
  if (!a || !b) return null;
  a.range = 'start';
  b.range = 'end';
  return [a, b];
}
