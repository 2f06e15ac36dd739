/**
 * Date reading of HTML pages: dates in a string (ISO, as precise as stated)
 * and the publication-time label before one. Narrow on purpose: which lines
 * are read is decided in header.ts.
 */
import { HTML_MIN_YEAR, isoDate, isoTime } from '../../text/datetime.js';
import { OTHER_LABEL, PUB_LABEL } from './labels.js';
import { fold } from './text.js';

const DATE_RE =
  /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?(?:[\sT-]{0,3}(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/g;

export interface DateHit {
  iso: string;
  index: number;
  end: number;
}

/**
 * Dates in a string, as ISO as precise as stated. The pattern is HTML's own
 * (mixed separators 2024年3-1, 日 optional); the calendar check and the ISO
 * form are the shared header reader's: a day that does not exist
 * (2023-04-31) is skipped, a clock time that is not one (25:00) is left out.
 */
export function findDates(s: string): DateHit[] {
  const out: DateHit[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(s); m !== null; m = DATE_RE.exec(s)) {
    const [, y, mo, d, h, mi, sec] = m;
    let iso = isoDate(Number(y), Number(mo), Number(d), HTML_MIN_YEAR);
    if (iso === null) continue;
    if (h !== undefined && mi !== undefined) {
      const hour = Number(h);
      const minute = Number(mi);
      // Seconds that are no clock value (12:10:75) are left out alone: the minute stands.
      const time = isoTime(hour, minute, sec === undefined ? null : Number(sec)) ?? isoTime(hour, minute);
      if (time !== null) iso += `T${time}`;
    }
    out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function parseDate(s: string | null): string | null {
  if (s === null) return null;
  return findDates(s)[0]?.iso ?? null;
}

export function labelledDate(line: string): string | null {
  for (const hit of findDates(line)) {
    const before = fold(line).slice(Math.max(0, hit.index - 12), hit.index);
    if (PUB_LABEL.test(before) && !OTHER_LABEL.test(before)) return hit.iso;
  }
  return null;
}

/** `a` refines `base` when it states the same moment more precisely. */
export function refines(a: string, base: string): boolean {
  return a.length > base.length && a.startsWith(base);
}
