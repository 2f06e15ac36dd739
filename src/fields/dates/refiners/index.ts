/**
 * Date refiners, applied in this order to the parsers' raw candidates:
 *   1. selectGroups   – leftmost-longest choice among overlapping candidates;
 *   2. dropNonDates   – document numbers (2016年第45号), durations (2000年历史);
 *   3. markRanges     – two dates joined by 至/到/~/— become start and end;
 *   4. resolve        – fill missing years/months (publication, last date, context year).
 */
import type { Rule } from '../../rule.js';
import { NON_DATE_YEAR } from './non-dates.js';
import { JOINED_RANGE } from './ranges.js';
import { FILL_MISSING } from './resolve.js';
import { LEFTMOST_LONGEST } from './select.js';

export { bookTitleSpans } from './book-titles.js';
export { dropNonDates } from './non-dates.js';
export { markRanges } from './ranges.js';
export { parsePublished, resolve, type ResolveContext } from './resolve.js';
export { selectGroups } from './select.js';

/** The refiners as rules (they shape items, ids stay the parsers'), in the order they run. */
export const DATE_REFINERS: readonly Rule[] = [LEFTMOST_LONGEST, NON_DATE_YEAR, JOINED_RANGE, FILL_MISSING];
