/** Refiner 3: two dates joined only by 至/到/~/— become the start and end of a range. */
import type { RawDate } from '../parsers/index.js';
import { RANGE_CONNECTORS } from '../words.js';

const CONNECTOR_ONLY = new RegExp(`^ {0,2}[${RANGE_CONNECTORS}]{1,2} {0,2}$`);

/** Marks two adjacent dates joined only by a connector as a range (2月25日至26日). */
export function markRanges(items: RawDate[], text: string): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i] as RawDate;
    const b = items[i + 1] as RawDate;
    if (a.range || b.range || a.vague || b.vague || a.relDay !== undefined || b.relDay !== undefined) continue;
    if (b.start - a.end > 6) continue;
    if (!CONNECTOR_ONLY.test(text.slice(a.end, b.start))) continue;
    a.range = 'start';
    b.range = 'end';
  }
}
