/**
 * Refiner 4: fills in what each raw date leaves out — the year of a month, the
 * month of a day, the day of 次日 — from the publication date, the last date
 * mentioned or the nearest earlier event year, and writes the output items.
 */
import type { DateAnchor, DateItem, DatePrecision } from '../../../types.js';
import type { Rule } from '../../rule.js';
import type { RawDate } from '../parsers/index.js';
import {
  BIO_AFTER,
  BIO_BEFORE,
  BIO_SHENG_NOT_BEFORE,
  CONTEXT_YEARS,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
} from '../words.js';
import { bookTitleSpans, inside } from './book-titles.js';

interface Ymd {
  y: number | null;
  m: number;
  d: number;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const yearStr = (y: number | null): string => (y === null ? 'XXXX' : String(y));

function formatValue(y: number | null, m?: number, d?: number): string {
  let v = yearStr(y);
  if (m !== undefined) v += '-' + pad2(m);
  if (m !== undefined && d !== undefined) v += '-' + pad2(d);
  return v;
}

/** Parses the YYYY-MM-DD part of an ISO date/datetime. */
export function parsePublished(iso: string | null): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { y: parseInt(m[1] as string, 10), m: parseInt(m[2] as string, 10), d: parseInt(m[3] as string, 10) };
}

const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;

/** Adds days; an unknown year is computed in a non-leap year and stays unknown. */
function addDays(base: Ymd, days: number): Ymd {
  const dt = new Date(Date.UTC(base.y ?? 2001, base.m - 1, base.d + days));
  return { y: base.y === null ? null : dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/**
 * How far ahead of publication a year-less date may lie before we take the previous year:
 * announcements name dates months ahead (published in July: 10月20日开幕), while a January
 * article about 12月28日 means last December. Half a year is the nearest-date cut.
 */
const FUTURE_DAYS_ALLOWED = 183;
/** How far ahead of the publication day a month-less day may lie before we take the previous month. */
const FUTURE_DAY_OF_MONTH_ALLOWED = 7;

/** Year for a month(-day) without one, from the publication date, past-biased. */
function yearFromPublication(pub: Ymd, m: number, d: number | undefined): number {
  const y = pub.y as number;
  const ahead = dayNumber(y, m, d ?? 1) - dayNumber(y, pub.m, pub.d);
  return ahead > FUTURE_DAYS_ALLOWED ? y - 1 : y;
}

/**
 * A year carries over to a later year-less month only within one clause (2021年全市招生4000人(9月入学…);
 * after a comma the publication year rules again (回顾2023年工作,部署3月任务 → 3月 of the publication year).
 */
const SENTENCE_END = /[。!?;\n,]/;
const MAX_SENTENCE = 80;
function sameSentence(text: string, from: number, to: number): boolean {
  return to - from <= MAX_SENTENCE && !SENTENCE_END.test(text.slice(from, to));
}

const bioAfter = new RegExp(`^(?:${BIO_AFTER.join('|')}|生(?![${BIO_SHENG_NOT_BEFORE}]))`);
const bioBefore = new RegExp(`(?:${BIO_BEFORE.join('|')}) {0,2}$`);

export interface ResolveContext {
  publishedAt: string | null;
}

/**
 * Fills in what each raw date leaves out, in text order:
 * - a year-less month(-day): the publication year (past-biased), else the start of its range,
 *   else the nearest earlier year that dates an event (context-year), else XXXX;
 * - a month-less day: the month (and year) of the last date with a month, else the publication month;
 *   dropped when neither exists;
 * - 今年/去年 + month: the publication year ± n (XXXX without one); 当年/同年: the last year written;
 * - 次日/当天: the last day-precision date ± n; dropped without one;
 * - 近日/日前: value null, notAfter = publication date.
 */
export function resolve(items: RawDate[], text: string, original: string, ctx: ResolveContext): DateItem[] {
  const pub = parsePublished(ctx.publishedAt);
  let titles: Array<[number, number]> | null = null; // computed when first needed
  const out: DateItem[] = [];

  let contextYear: number | null = null; // nearest earlier event year (not birth, not in 《》)
  let lastWrittenYear: number | null = null; // any year written, for 当年
  let lastMonth: { y: number | null; m: number } | null = null;
  let lastDay: Ymd | null = null;
  // The start of a range just read (year, month if any); month undefined when there is none.
  let rangeStartY: number | null = null;
  let rangeStartM: number | undefined;

  let prev: RawDate | null = null;
  let sentenceYear: { y: number; end: number } | null = null; // last event year, for same-sentence carry-over
  for (const it of items) {
    let item: DateItem | null = null;

    if (it.vague) {
      item = dateItem(original, it, null, 'vague', pub ? 'publication' : 'none');
      if (pub) item.notAfter = formatValue(pub.y, pub.m, pub.d);
    } else if (it.relDay !== undefined) {
      if (lastDay) {
        const d = addDays(lastDay, it.relDay);
        item = dateItem(original, it, formatValue(d.y, d.m, d.d), 'day', 'previous-date');
        lastDay = d;
      }
    } else {
      let y: number | null = null;
      let m = it.month;
      let anchor: DateAnchor = 'explicit';
      const d = it.day;
      let ok = true;

      if (it.year !== undefined) {
        y = it.year;
      } else if (it.relYear !== undefined) {
        const pubOff = RELATIVE_YEARS[it.relYear];
        const ctxOff = CONTEXT_YEARS[it.relYear];
        if (pubOff !== undefined) {
          if (pub) {
            y = (pub.y as number) + pubOff;
            anchor = 'publication';
          } else anchor = 'none';
        } else if (ctxOff !== undefined && lastWrittenYear !== null) {
          y = lastWrittenYear + ctxOff;
          anchor = 'context-year';
        } else anchor = 'none';
      } else if (m !== undefined) {
        if (it.range === 'end' && rangeStartM !== undefined) {
          y = rangeStartY !== null && m < rangeStartM ? rangeStartY + 1 : rangeStartY;
          anchor = 'previous-date';
        } else if (prev && prev.year !== undefined && prev.month === undefined && prev.end === it.start) {
          y = prev.year; // 2023年1-9月: the months belong to the year written just before
          anchor = 'previous-date';
        } else if (sentenceYear !== null && sameSentence(text, sentenceYear.end, it.start)) {
          y = sentenceYear.y; // 2021年全市招生…(9月入学): the year written earlier in the same clause
          anchor = 'context-year';
        } else if (pub) {
          y = yearFromPublication(pub, m, d);
          anchor = 'publication';
        } else if (contextYear !== null) {
          y = contextYear;
          anchor = 'context-year';
        } else anchor = 'none';
      } else if (it.relMonth !== undefined && d !== undefined) {
        const off = RELATIVE_MONTHS[it.relMonth] ?? 0;
        const contextual = it.relMonth === '当月' || it.relMonth === '同月';
        if (contextual && lastMonth) {
          y = lastMonth.y;
          m = lastMonth.m;
          anchor = 'previous-date';
        } else if (pub) {
          const k = (pub.y as number) * 12 + (pub.m - 1) + (contextual ? 0 : off);
          y = Math.floor(k / 12);
          m = (k % 12) + 1;
          anchor = 'publication';
        } else ok = false;
      } else if (d !== undefined) {
        if (lastMonth) {
          y = lastMonth.y;
          m = lastMonth.m;
          anchor = 'previous-date';
        } else if (pub) {
          y = pub.y;
          m = pub.m;
          if (d > pub.d + FUTURE_DAY_OF_MONTH_ALLOWED) {
            m = pub.m === 1 ? 12 : pub.m - 1;
            if (pub.m === 1) y = (pub.y as number) - 1;
          }
          anchor = 'publication';
        } else ok = false; // 5日晚 with no month anywhere is not a date
      } else ok = false;

      if (ok) {
        const precision: DatePrecision = it.time
          ? 'datetime'
          : d !== undefined
            ? 'day'
            : m !== undefined
              ? 'month'
              : 'year';
        item = dateItem(original, it, formatValue(y, m, m !== undefined ? d : undefined), precision, anchor);
        if (it.time) item.time = it.time;
        if (it.timeOfDay) item.timeOfDay = it.timeOfDay;
        if (it.range) item.range = it.range;

        if (it.year !== undefined) {
          lastWrittenYear = it.year;
          const bio = isBio(text, it);
          if (!bio && !inside((titles ??= bookTitleSpans(text)), it.start)) {
            contextYear = it.year;
            sentenceYear = { y: it.year, end: it.end };
          } else sentenceYear = null;
        }
        if (m !== undefined) lastMonth = { y, m };
        if (m !== undefined && d !== undefined) lastDay = { y, m, d };
        rangeStartY = y;
        rangeStartM = it.range === 'start' ? m : undefined;
      }
    }
    if (item) out.push(item);
    prev = it;
  }
  return out;
}

/** The output item; key order as the record shows it (text, span, rule, value …). */
function dateItem(
  original: string,
  it: RawDate,
  value: string | null,
  precision: DatePrecision,
  anchor: DateAnchor,
): DateItem {
  return { text: original.slice(it.start, it.end), span: [it.start, it.end], rule: it.rule, value, precision, anchor };
}

/** A birth or joining year (1960年3月生, 生于1968年): dated, but it anchors nothing later. */
function isBio(text: string, it: RawDate): boolean {
  return (
    bioAfter.test(text.slice(it.end, it.end + 8)) || bioBefore.test(text.slice(Math.max(0, it.start - 4), it.start))
  );
}

/** Documents resolve: where a date's missing year or month comes from (its `anchor`). */
export const FILL_MISSING: Rule = {
  id: 'fill-missing',
  refines: true,
  description:
    'A year-less month takes the publication year (the previous year when it would lie more than half a year ahead), else the year written earlier in the same clause or the nearest earlier event year; a month-less day takes the last month mentioned. A birth year (1960年3月生) or a year inside 《…》 anchors nothing.',
  examples: [
    {
      text: '12月28日,青石镇召开年终总结会。',
      expect: [{ field: 'dates', value: '2023-12-28', with: { anchor: 'publication' } }],
      options: { publishedAt: '2024-01-05' },
    },
    {
      text: '2021年青石镇中学招生400人(9月入学)。',
      expect: [{ field: 'dates', value: '2021-09', with: { anchor: 'context-year' } }],
    },
    {
      text: '白沙乡于5月8日开工,12日完成主体。',
      expect: [{ field: 'dates', value: '12日', with: { value: 'XXXX-05-12', anchor: 'previous-date' } }],
    },
  ],
  counterexamples: [
    { text: '李明华,1960年3月生。9月,青石镇召开大会。', reject: [{ field: 'dates', value: '1960-09' }] },
    { text: '《青石镇2023年工作要点》印发。5月,青石镇召开大会。', reject: [{ field: 'dates', value: '2023-05' }] },
  ],
};
