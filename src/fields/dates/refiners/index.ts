/**
 * Date refiners, applied in this order to the parsers' raw candidates:
 *   1. selectGroups   – leftmost-longest choice among overlapping candidates;
 *   2. dropNonDates   – document numbers (2016年第45号), durations (2000年历史);
 *   3. markRanges     – two dates joined by 至/到/~/— become start and end;
 *   4. resolve        – fill missing years/months (publication, last date, context year).
 */
export { bookTitleSpans } from './book-titles.js';
export { dropNonDates } from './non-dates.js';
export { markRanges } from './ranges.js';
export { parsePublished, resolve, type ResolveContext } from './resolve.js';
export { selectGroups } from './select.js';
