/**
 * Small helpers shared by the header/credit extractors: line iteration,
 * blanks, word alternations, and how they read header dates.
 */
import { isSpaceCode } from '../../text/word-list.js';
import { type DateReadOptions, TEXT_MIN_YEAR } from '../../text/datetime.js';

/** Header dates: any year from TEXT_MIN_YEAR (1900), with a clock time when one follows. */
export const HEADER_DATE: DateReadOptions = { minYear: TEXT_MIN_YEAR };
/** The same, the day only (an e-paper credit's page number is no clock time). */
export const HEADER_DAY: DateReadOptions = { minYear: TEXT_MIN_YEAR, withTime: false };

export interface Line {
  start: number;
  end: number;
  /** Index among all lines. */
  index: number;
}

/** Lines of the text (split on \n), with offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, index: index++ });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Non-blank lines only: a line counts when its first 200 characters hold a
 * non-blank one. No slices (the header extractors share the result).
 */
export function contentLines(text: string): Line[] {
  return splitLines(text).filter((line) => {
    const limit = Math.min(line.end, line.start + 200);
    for (let i = line.start; i < limit; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
    return false;
  });
}

/** Is there a space or a tab in text[from, to)? */
export function hasBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) return true;
  }
  return false;
}

/** Shared with the HTML label patterns: one way to turn a word list into a regex alternation. */
export { alternation } from '../../text/alternation.js';
