/** Refiner 2: a year alone that is a document number (2016年第45号) or a span (2000年历史) is no date. */
import type { RawDate, RawGroup } from '../parsers/index.js';
import { DURATION_AFTER, DURATION_BEFORE } from '../words.js';

const DOC_NUMBER_AFTER = /^ {0,2}第 {0,2}\d{1,6} {0,2}号/;
const durationAfter = new RegExp(`^(?:${DURATION_AFTER.join('|')})`);
const durationBefore = new RegExp(`(?:${DURATION_BEFORE.join('|')}) {0,2}$`);

/** Drops year-only candidates that are a document number or a duration, not a date. */
export function dropNonDates(groups: RawGroup[], text: string): RawGroup[] {
  return groups.filter((g) => {
    if (g.items.length !== 1) return true;
    const it = g.items[0] as RawDate;
    if (it.year === undefined || it.month !== undefined) return true;
    const after = text.slice(it.end, it.end + 12);
    if (DOC_NUMBER_AFTER.test(after)) return false; // 2016年第45号 is a document number
    if (durationAfter.test(after)) return false; // 2000年历史
    if (it.end - it.start <= 6 && durationBefore.test(text.slice(Math.max(0, it.start - 4), it.start))) return false;
    return true;
  });
}
