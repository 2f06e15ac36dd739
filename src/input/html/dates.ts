/**
 * Date reading of HTML pages: dates in a string (ISO, as precise as stated)
 * and the publication-time label before one. Narrow on purpose: which lines
 * are read is decided in header.ts.
 */
import { fold } from './text.js';

const DATE_RE =
  /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?(?:[\sT-]{0,3}(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/g;

export interface DateHit {
  iso: string;
  index: number;
  end: number;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** Dates in a string, as ISO as precise as stated; impossible values are skipped. */
export function findDates(s: string): DateHit[] {
  const out: DateHit[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(s); m !== null; m = DATE_RE.exec(s)) {
    const [, y, mo, d, h, mi, sec] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (year < 1980 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue;
    let iso = `${y}-${pad(mo as string)}-${pad(d as string)}`;
    if (h !== undefined && mi !== undefined && Number(h) < 24 && Number(mi) < 60) {
      iso += `T${pad(h)}:${pad(mi)}`;
      if (sec !== undefined && Number(sec) < 60) iso += `:${pad(sec)}`;
    }
    out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function parseDate(s: string | null): string | null {
  if (s === null) return null;
  return findDates(s)[0]?.iso ?? null;
}

/** Label right before a date that makes it the publication time. */
const PUB_LABEL = /(?:发布时间|发布日期|发稿时间|发表时间|发表日期|更新时间|时间|日期|发布于|发布)\s*[:：]?\s*$/;
const OTHER_LABEL =
  /(?:生成|发文|成文|印发|修改|访问|截止|开始|结束|会议|活动|报名|办理|受理|实施|施行|有效)(?:日期|时间)\s*[:：]?\s*$/;

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
