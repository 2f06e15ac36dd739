/**
 * Small helpers shared by the header/credit extractors: character classes,
 * line iteration, header/footer windows, date parsing for header dates and
 * the person-name check used for credits.
 */
import { COMPOUND_SURNAMES, surnameAt } from '../../lexicon/surnames.js';
import { parseCnYear, parseNumber } from '../../text/cn-numerals.js';
import { NOT_NAMES, ORG_SUFFIXES, OUTLET_SUFFIXES, ORG_SUFFIXES_SHORT } from '../../lexicon/meta-words.js';

export { isHan } from '../../text/han.js';

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

/** A character that regex \s matches (Unicode white space, line terminators, BOM). */
function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/**
 * Non-blank lines only: a line counts when its first 200 characters hold a
 * non-blank one. No slices (the header extractors share the result).
 */
export function contentLines(text: string): Line[] {
  return splitLines(text).filter((line) => {
    const limit = Math.min(line.end, line.start + 200);
    for (let i = line.start; i < limit; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
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

/** A longest-first alternation of literal words, for building regexes. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

// ---------------------------------------------------------------- dates

export interface HeaderDate {
  /** ISO, as precise as written. */
  value: string;
  start: number;
  end: number;
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

const pad = (n: number) => String(n).padStart(2, '0');

// Year-month-day with -, / or . (2024-02-27, 2016/5/16), or 年月日 with digits or Chinese numerals.
const DATE_NUMERIC = /(\d{4})[ \t]*([-/.])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{1,2})(?!\d)/y;
const DATE_CJK =
  /([\d〇○零一二三四五六七八九]{4})[ \t]*年[ \t]*([\d一二三四五六七八九十]{1,3})[ \t]*月[ \t]*([\d一二三四五六七八九十]{1,3})[ \t]*[日号]/y;
// Clock time after the date: 16:56:27, 19:20, 11时45分.
const TIME =
  /[ \t]*(?:[T \t])?[ \t]*(\d{1,2})[ \t]*[:时][ \t]*(\d{1,2})(?:[ \t]*[:分][ \t]*(\d{1,2})(?![\d]))?(?:[ \t]*[分秒])?/y;

/** Characters a header date can start with (both patterns open with a year digit). */
const CN_DATE_FIRST = new Set([...'〇○零一二三四五六七八九'].map((c) => c.charCodeAt(0)));

/** A full date (with optional clock time) starting exactly at `pos`, or null. */
export function parseDateAt(text: string, pos: number, withTime = true): HeaderDate | null {
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
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  let value = `${y}-${pad(mo)}-${pad(d)}`;
  if (withTime) {
    TIME.lastIndex = end;
    const t = TIME.exec(text);
    if (t) {
      const h = Number(t[1]);
      const mi = Number(t[2]);
      const s = t[3] !== undefined ? Number(t[3]) : null;
      if (h < 24 && mi < 60 && (s === null || s < 60)) {
        value += `T${pad(h)}:${pad(mi)}` + (s !== null ? `:${pad(s)}` : '');
        end += t[0].length;
      }
    }
  }
  return { value, start: pos, end };
}

// ---------------------------------------------------------------- names

const ORG_RE = new RegExp(`(?:${alternation(ORG_SUFFIXES)})$`);
const ORG_SHORT_RE = new RegExp(`(?:${alternation(ORG_SUFFIXES_SHORT)})$`);
const NOT_NAME_SET = new Set(NOT_NAMES);
const OUTLET_RE = new RegExp(`(?:${alternation(OUTLET_SUFFIXES)})$`);

/** An organisation or outlet name (某镇党委, 某县融媒体中心): ends in an organisation or outlet suffix. */
export function isOrgLike(s: string): boolean {
  return /^[\u3400-\u9fff]+$/.test(s) && (ORG_RE.test(s) || OUTLET_RE.test(s));
}

export function hasSurname(name: string): boolean {
  return surnameAt(name, 0) !== '';
}

/**
 * Is this (space-free) string a credited person's name? `strict` (no role
 * label vouches for it, or a role word without a colon) requires a common
 * surname; otherwise pen names such as 佳雨 pass.
 */
export function isPersonName(name: string, strict: boolean): boolean {
  if (NOT_NAME_SET.has(name)) return false;
  const dot = name.includes('·');
  if (dot) return /^[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+$/.test(name) && name.length <= 12;
  if (!/^[\u3400-\u9fff]+$/.test(name)) return false;
  if (name.length < 2 || name.length > 4) return false;
  if (name.length >= 3 && ORG_RE.test(name)) return false;
  if (name.length === 2 && ORG_SHORT_RE.test(name)) return false;
  const compound = COMPOUND_SURNAMES.has(name.slice(0, 2));
  if (name.length === 4 && !compound) return false;
  if (strict && !hasSurname(name)) return false;
  return true;
}
