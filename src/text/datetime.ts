/**
 * The one reader of header date-times (发布时间:2024-02-27 16:56, 2020年09月18日,
 * 二〇二四年三月一日 11时45分) and the calendar checks every date reader shares:
 * a value that names no real day (2024-02-31, 2023-02-29, month 13) or no real
 * clock time (25:00) is never turned into an ISO string.
 *
 * Pure: no field imports. Text headers read with `parseDateAt`; callers with
 * their own patterns (HTML pages) check their numbers with `isoDate`/`isoTime`;
 * JSONL values go through `parseIsoDateTime`.
 */
import { parseCnYear, parseNumber } from './cn-numerals.js';

/** The latest year any reader accepts. */
export const MAX_YEAR = 2100;

/*
 * The earliest year each reader accepts. Text headers (pasted articles, the
 * People's Daily archive, old documents) may really date from the 1900s. On
 * an HTML page the header's date is a web publication time; an older date
 * there is a quoted event (1978年12月18日, 1949年10月1日), not the page's.
 */
/** Earliest publication year of a text header. */
export const TEXT_MIN_YEAR = 1900;
/** Earliest publication year of an HTML page (web era). */
export const HTML_MIN_YEAR = 1980;

export interface DateReadOptions {
  /** Earliest year accepted (TEXT_MIN_YEAR, HTML_MIN_YEAR): older numbers are not publication dates. */
  minYear: number;
  /** Read a clock time after the date (default true). */
  withTime?: boolean;
}

/** A date found in a text, ISO as precise as written, with the UTF-16 offsets it covers. */
export interface DateAt {
  value: string;
  start: number;
  end: number;
  /**
   * The Unix epoch at midnight (1970-01-01 00:00[:00]): what a CMS prints for
   * an unset date. Still a date line's shape, but no date: readers of the
   * publication date skip it.
   */
  unset?: true;
}

/**
 * What content systems write for "no date": zero dates and the Unix epoch
 * (also as 08:00, the epoch in China's time zone), compared after the
 * separator and a zero fraction or UTC/China offset are normalised away.
 * Caller-given dates (JSONL) are checked against all of them; header readers
 * skip only the midnight epoch (isUnsetDateTime), as a zero date never parses.
 */
const PLACEHOLDER_DATES = new Set([
  '0000-00-00',
  '0000-00-00 00:00',
  '0000-00-00 00:00:00',
  '1970-01-01 00:00',
  '1970-01-01 00:00:00',
  '1970-01-01 08:00',
  '1970-01-01 08:00:00',
]);

export function isPlaceholderDate(value: string): boolean {
  const v = value
    .trim()
    .replace('T', ' ')
    .replace(/(?:\.0+)?(?:Z|[+-]0[08]:?00)?$/i, '');
  return PLACEHOLDER_DATES.has(v);
}

/**
 * Is an ISO date-time the Unix epoch at midnight, a CMS's "unset"? A bare
 * 1970-01-01 may be a real day; with a midnight clock time it is a placeholder.
 */
export function isUnsetDateTime(iso: string): boolean {
  return /^1970-01-01[T ]00:00(?::00)?$/.test(iso);
}

export function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Is y-mo-d a day of the Gregorian calendar (year 1 on, month 1–12, day within the month)? 0000-00-00 is not. */
export function isRealDate(y: number, mo: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(mo) || !Number.isInteger(d)) return false;
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[mo - 1]!);
}

/** Is h:mi[:s] a clock time (00:00:00–23:59:59)? */
export function isRealTime(h: number, mi: number, s: number | null = null): boolean {
  return h >= 0 && h < 24 && mi >= 0 && mi < 60 && (s === null || (s >= 0 && s < 60));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD, or null when the day is not real or the year is outside [minYear, MAX_YEAR]. */
export function isoDate(y: number, mo: number, d: number, minYear: number): string | null {
  if (y < minYear || y > MAX_YEAR || !isRealDate(y, mo, d)) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** HH:MM or HH:MM:SS, or null when not a clock time. */
export function isoTime(h: number, mi: number, s: number | null = null): string | null {
  if (!isRealTime(h, mi, s)) return null;
  return `${pad(h)}:${pad(mi)}` + (s !== null ? `:${pad(s)}` : '');
}

/** 2024 or 二〇二四 → 2024; null when not a year. */
function yearNumber(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : parseCnYear(s);
  return Number.isNaN(n) ? null : n;
}

/** 12 or 十二 → 12; null when not a numeral. */
function smallNumber(s: string): number | null {
  const n = parseNumber(s);
  return Number.isNaN(n) ? null : n;
}

// Year-month-day with -, / or . (2024-02-27, 2016/5/16), or 年月日 with digits or Chinese numerals.
const DATE_NUMERIC = /(\d{4})[ \t]*([-/.])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{1,2})(?!\d)/y;
const DATE_CJK =
  /([\d〇○零一二三四五六七八九]{4})[ \t]*年[ \t]*([\d一二三四五六七八九十]{1,3})[ \t]*月[ \t]*([\d一二三四五六七八九十]{1,3})[ \t]*[日号]/y;
// Clock time after the date: 16:56:27, 19:20, 11时45分.
const TIME =
  /[ \t]*(?:[T \t])?[ \t]*(\d{1,2})[ \t]*[:时][ \t]*(\d{1,2})(?:[ \t]*[:分][ \t]*(\d{1,2})(?![\d]))?(?:[ \t]*[分秒])?/y;

/** Characters a date can start with (both patterns open with a year digit). */
const CN_DATE_FIRST = new Set([...'〇○零一二三四五六七八九'].map((c) => c.charCodeAt(0)));

/**
 * A full date (with an optional clock time) starting exactly at `pos`, or null.
 * A date that names no real day is null; a clock time that is not one
 * (25:00) is left out and the date stands alone.
 */
export function parseDateAt(text: string, pos: number, options: DateReadOptions): DateAt | null {
  const c = text.charCodeAt(pos);
  if (!(c >= 0x30 && c <= 0x39) && !CN_DATE_FIRST.has(c)) return null; // most lines: no regex run at all
  let y: number | null, mo: number | null, d: number | null;
  let end: number;
  DATE_NUMERIC.lastIndex = pos;
  let m = DATE_NUMERIC.exec(text);
  if (m) {
    y = Number(m[1]);
    mo = Number(m[3]);
    d = Number(m[4]);
    end = pos + m[0].length;
  } else {
    DATE_CJK.lastIndex = pos;
    m = DATE_CJK.exec(text);
    if (!m) return null;
    y = yearNumber(m[1]!);
    mo = smallNumber(m[2]!);
    d = smallNumber(m[3]!);
    end = pos + m[0].length;
  }
  if (y === null || mo === null || d === null) return null;
  let value = isoDate(y, mo, d, options.minYear);
  if (value === null) return null;
  // The epoch's clock time is read even by day-only readers: 1970-01-01 00:00:00 is never a day.
  const epoch = value === '1970-01-01';
  if (options.withTime !== false || epoch) {
    TIME.lastIndex = end;
    const t = TIME.exec(text);
    const time = t ? isoTime(Number(t[1]), Number(t[2]), t[3] !== undefined ? Number(t[3]) : null) : null;
    if (time !== null && epoch && isUnsetDateTime(`${value}T${time}`)) {
      return { value: `${value}T${time}`, start: pos, end: end + t![0].length, unset: true };
    }
    if (time !== null && options.withTime !== false) {
      value += `T${time}`;
      end += t![0].length;
    }
  }
  return { value, start: pos, end };
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The earliest year of a caller-given date: four digits, as the record's dates carry them (0000 is a placeholder). */
export const MIN_GIVEN_YEAR = 1000;

/**
 * A caller-given date-time (a JSONL field): YYYY-MM-DD[( |T)HH:MM[:SS]] naming
 * a real day and clock time, year MIN_GIVEN_YEAR–MAX_YEAR, → the same value
 * with a 'T'; anything else → null.
 */
export function parseIsoDateTime(value: string): string | null {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return null;
  if (isoDate(Number(m[1]), Number(m[2]), Number(m[3]), MIN_GIVEN_YEAR) === null) return null;
  if (m[4] === undefined) return value;
  if (!isRealTime(Number(m[4]), Number(m[5]), m[6] !== undefined ? Number(m[6]) : null)) return null;
  return value.replace(' ', 'T');
}
