/** The date that dates a meeting, read off the dates extractor's items (sorted by start). */
import { RELATIVE_DAY_WORDS } from './words.js';
import type { DateItem } from '../../types.js';
import { WordList } from '../../text/word-list.js';
import { paragraphEnd, paragraphStart } from './text.js';

const RELATIVE_DAYS = new WordList(RELATIVE_DAY_WORDS);

/**
 * The date that dates the meeting: a day between the name and its verb
 * (…会议14日在北京举行), else the nearest day date before it in the same
 * paragraph (5月6日,某镇召开…; a month date only when no day date). A range (9月14日至17日
 * …召开座谈会) or a relative day word in between (1月13日消息:昨天,…) leaves
 * it null. `quality` ranks mentions of one meeting: a date in a body
 * paragraph (with , or 。) beats one on a headline-like line (05.30 某县召开…).
 */
export function meetingDate(
  text: string,
  start: number,
  end: number,
  verbAt: number,
  sorted: readonly DateItem[],
): { value: string | null; quality: number } {
  const ps = paragraphStart(text, start);
  const para = text.slice(ps, paragraphEnd(text, end));
  const bodyLike = /[,。]/.test(para);
  // Only dates starting in [paragraph start, the verb or name end + 12): a window of the sorted list.
  const window = sorted.slice(firstStartingAt(sorted, ps), firstStartingAt(sorted, Math.max(verbAt, end + 12)));
  const nearestBefore = (ok: (d: DateItem) => boolean): DateItem | null => {
    let best: DateItem | null = null;
    for (const d of window) {
      if (d.value === null || !ok(d)) continue;
      if (d.span[1] <= start && (!best || d.span[1] > best.span[1])) best = d;
    }
    return best;
  };
  // A day right after the name (…会议11日下午在北京闭幕) beats a dateline date before it.
  for (const d of window) {
    if (d.value === null || d.range) continue;
    if (d.span[0] >= end && (d.precision === 'day' || d.precision === 'datetime')) {
      if (/^[于在]?$/.test(text.slice(end, d.span[0]))) return { value: d.value, quality: bodyLike ? 2 : 1 };
    }
  }
  const best =
    nearestBefore((d) => d.precision === 'day' || d.precision === 'datetime') ??
    nearestBefore((d) => d.precision === 'month');
  if (!best || best.range) return { value: null, quality: 0 };
  if (RELATIVE_DAYS.occursIn(text, best.span[1], start)) return { value: null, quality: 0 };
  return { value: best.value, quality: bodyLike ? 2 : 1 };
}

/** Index of the first date (sorted by start) starting at or after `pos`. */
export function firstStartingAt(sorted: readonly DateItem[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as DateItem).span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
