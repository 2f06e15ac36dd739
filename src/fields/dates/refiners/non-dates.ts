/**
 * Refiner 2: a year alone that is a document number (2016年第45号) or a span
 * (2000年历史) is no date; nor is the Unix epoch at midnight (1970-01-01
 * 00:00:00), what a CMS prints for an unset date.
 */
import type { RawDate, RawGroup } from '../parsers/index.js';
import type { Rule } from '../../rule.js';
import { DURATION_AFTER, DURATION_BEFORE } from '../words.js';
import { isUnsetDateTime } from '../../../text/datetime.js';

const DOC_NUMBER_AFTER = /^ {0,2}第 {0,2}\d{1,6} {0,2}号/;
const durationAfter = new RegExp(`^(?:${DURATION_AFTER.join('|')})`);
const durationBefore = new RegExp(`(?:${DURATION_BEFORE.join('|')}) {0,2}$`);

/** 1970-01-01 with a midnight clock time. */
function unsetEpoch(it: RawDate): boolean {
  return (
    it.year === 1970 &&
    it.month === 1 &&
    it.day === 1 &&
    it.time !== undefined &&
    isUnsetDateTime(`1970-01-01T${it.time}`)
  );
}

/** Drops year-only candidates that are a document number or a duration, and CMS placeholders: not dates. */
export function dropNonDates(groups: RawGroup[], text: string): RawGroup[] {
  return groups.filter((g) => {
    if (g.items.length !== 1) return true;
    const it = g.items[0] as RawDate;
    if (unsetEpoch(it)) return false;
    if (it.year === undefined || it.month !== undefined) return true;
    const after = text.slice(it.end, it.end + 12);
    if (DOC_NUMBER_AFTER.test(after)) return false; // 2016年第45号 is a document number
    if (durationAfter.test(after)) return false; // 2000年历史
    if (it.end - it.start <= 6 && durationBefore.test(text.slice(Math.max(0, it.start - 4), it.start))) return false;
    return true;
  });
}

/** Documents dropNonDates: a year alone kept as a date, or dropped as a number or a span. */
export const NON_DATE_YEAR: Rule = {
  id: 'non-date-year',
  refines: true,
  description:
    'A year with no month is dropped when a document number follows (2016年第45号) or it measures a span (1600年历史, 长达1800年); a year in a range or with a month is kept. 1970-01-01 00:00[:00], what a CMS prints for an unset date, is dropped.',
  examples: [
    {
      text: '白沙乡于2016年被评为省级卫生乡镇。',
      expect: [{ field: 'dates', value: '2016', with: { rule: 'cjk-ymd' } }],
    },
  ],
  counterexamples: [
    { text: '依据青石县人民政府2016年第45号公告执行。', reject: [{ field: 'dates', value: '2016' }] },
    { text: '青石镇古村落已有1600年历史。', reject: [{ field: 'dates', value: '1600' }] },
    { text: '白沙古道长达1800年。', reject: [{ field: 'dates', value: '1800' }] },
    { text: '发布时间：1970-01-01 00:00:00', reject: [{ field: 'dates', value: '1970-01-01' }] },
  ],
};
