/**
 * Dates: every calendar expression in the text (header included), normalised
 * per the GUIDELINE "dates" section. Parsers (parsers/, one file per form)
 * find what is written; refiners (refiners/), in this order, pick among
 * overlaps, drop non-dates, join ranges and resolve missing years/months
 * against the publication date, the last date mentioned or the nearest
 * earlier event year.
 */
import type { DateItem, Doc } from '../../types.js';
import { DATE_PARSERS, runParsers, type RawDate } from './parsers/index.js';
import { dropNonDates, markRanges, resolve, selectGroups } from './refiners/index.js';

export { DATE_PARSERS } from './parsers/index.js';

export interface DateContext {
  /** Publication date, ISO (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]), or null. */
  publishedAt: string | null;
}

export function extractDates(doc: Doc, ctx: DateContext): DateItem[] {
  const { text, original } = doc;
  const groups = dropNonDates(selectGroups(runParsers(text, DATE_PARSERS)), text);
  const items: RawDate[] = [];
  for (const g of groups) for (const it of g.items) items.push(it);
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  markRanges(items, text);
  return resolve(items, text, original, { publishedAt: ctx.publishedAt ?? null });
}
