/**
 * Regex building blocks (source strings) shared by the date parsers, and what
 * each can match at most and start with (for a parser's `anchor`).
 *
 * Every regex is linear: bounded quantifiers, alternations of fixed words,
 * no nested quantifiers over overlapping classes.
 */
import { CN_NUMERAL_CHARS, CN_YEAR_CHARS, DAY_COUNT_BEFORE, RANGE_CONNECTORS } from '../words.js';
import type { Anchor } from './types.js';

export const SP = ' {0,2}';
export const Y4 = '(?:1[5-9]\\d{2}|20\\d{2})';
export const MM = '(?:1[0-2]|0?[1-9])';
export const DD = '(?:3[01]|[12]\\d|0?[1-9])';
export const CN_MONTH = '(?:十[一二]?|[一二三四五六七八九]|元)';
export const CN_DAY = '(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])';
export const MONTH = `(?:${MM}|${CN_MONTH})`;
export const DAY = `(?:${DD}|${CN_DAY})`;
export const CONN = `[${RANGE_CONNECTORS}]{1,2}`;
/** Joins the members of a list of years/months (2015、2016年). */
export const LIST = '[、和及与]';
export const CN_YEAR = `[一二][${CN_YEAR_CHARS}]{3}`;
export const NOT_AFTER_CN = `(?<![\\d${CN_NUMERAL_CHARS}])`;

/** A bare day is a count, not a date, after 第/每/近/为期 … or before 内/游/以内. */
export const NOT_DURATION_BEFORE = `(?<![\\d./月第每近前后约共达])(?<!\\d[\\-.])(?<!(?:${DAY_COUNT_BEFORE.join('|')}) {0,2})`;
export const NOT_DURATION_AFTER = `(?![内游]|以内)`;

// Longest text each block can match, and what a match can start with (for `anchor`).
export const SP_MAX = 2;
export const Y4_LEN = 4;
export const MM_MAX = 2; // MM and DD: one or two digits
export const CONN_MAX = 2;
export const LIST_LEN = 1;
export const CN_MONTH_MAX = 2; // 十一
export const DIGITS = '0123456789';
export const Y4_FIRST = '12';
export const CN_MONTH_FIRST = '十一二三四五六七八九元';
export const DIGITS_SP = DIGITS + ' ';
export const CONN_CHARS = RANGE_CONNECTORS; // as characters (its "\\" only widens the set)
export const LIST_CHARS = '、和及与';

const firstChars = (words: readonly string[]): string => words.map((w) => w.charAt(0)).join('');

/** For a word-list pattern: the anchor is the list's rarest characters, found in every word. */
export function wordAnchor(words: readonly string[], chars: string): Anchor {
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

/** The UTF-16 codes of some characters. */
export const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
