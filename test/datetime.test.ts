/**
 * The one header date-time reader (src/text/datetime.ts): real calendar
 * checks, the caller's earliest year, and JSONL's publishedAt.
 */
import { describe, expect, it } from 'vitest';
import { runItem } from '../src/pipeline/run-item.js';
import { extract } from '../src/index.js';
import { isoDate, isoTime, isRealDate, isUnsetDateTime, parseDateAt, parseIsoDateTime } from '../src/text/datetime.js';

const TEXT = { minYear: 1900 };

describe('parseDateAt', () => {
  it.each([
    ['2024-02-27 16:56:27 来源', '2024-02-27T16:56:27'],
    ['2016/5/16', '2016-05-16'],
    ['2017年04月22日 11时45分', '2017-04-22T11:45'],
    ['二〇二三年三月五日', '2023-03-05'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2024-02-27 25:10', '2024-02-27'],
    ['2024-02-27 10:20:75', '2024-02-27'],
  ])('%s → %s', (text, value) => {
    expect(parseDateAt(text, 0, TEXT)?.value).toBe(value);
  });

  it.each([
    '2024-02-31 10:20',
    '2023-04-31',
    '2023-02-29',
    '1900-02-29',
    '2024-13-05',
    '2024-00-10',
    '2024年6月31日',
    '二〇二三年二月三十日',
    '1899-12-31',
    '2101-01-01',
    '0000-00-00 00:00:00',
    '0000-01-01',
    '2024-01-00',
  ])('%s is no date', (text) => {
    expect(parseDateAt(text, 0, TEXT)).toBeNull();
  });

  it('takes the earliest year from the caller', () => {
    expect(parseDateAt('1975-05-04', 0, { minYear: 1900 })?.value).toBe('1975-05-04');
    expect(parseDateAt('1975-05-04', 0, { minYear: 1980 })).toBeNull();
  });

  it('year 0 and month or day 00 are no date, whatever the earliest year', () => {
    expect(isRealDate(0, 1, 1)).toBe(false);
    expect(isRealDate(2024, 0, 1)).toBe(false);
    expect(isRealDate(2024, 1, 0)).toBe(false);
    expect(isoDate(0, 0, 0, 0)).toBeNull();
    expect(parseDateAt('0000-00-00', 0, { minYear: 0 })).toBeNull();
    expect(parseDateAt('0000-02-25', 0, { minYear: 0 })).toBeNull();
  });

  it("marks the Unix epoch at midnight (a CMS's unset date) as unset; a bare 1970-01-01 is a day", () => {
    for (const text of ['1970-01-01 00:00:00', '1970-01-01T00:00', '1970-01-01 00:00', '1970年01月01日 00:00:00']) {
      expect(parseDateAt(text, 0, TEXT)?.unset).toBe(true);
      expect(parseDateAt(text, 0, { minYear: 1900, withTime: false })?.unset).toBe(true);
    }
    expect(parseDateAt('1970-01-01', 0, TEXT)).toEqual({ value: '1970-01-01', start: 0, end: 10 });
    expect(parseDateAt('1970-01-01 08:00', 0, TEXT)?.unset).toBeUndefined();
    expect(isUnsetDateTime('1970-01-01T00:00:00')).toBe(true);
    expect(isUnsetDateTime('1970-01-01')).toBe(false);
  });

  it('reads the day only when asked to', () => {
    const d = parseDateAt('2023年04月15日 02:10', 0, { minYear: 1900, withTime: false });
    expect(d).toEqual({ value: '2023-04-15', start: 0, end: 11 });
  });
});

describe('calendar checks', () => {
  it('knows month lengths and leap years', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2100, 2, 29)).toBe(false);
    expect(isRealDate(2023, 4, 31)).toBe(false);
    expect(isRealDate(2023, 12, 31)).toBe(true);
    expect(isoDate(1975, 5, 4, 1980)).toBeNull();
    expect(isoDate(2024, 3, 1, 1980)).toBe('2024-03-01');
    expect(isoTime(9, 5)).toBe('09:05');
    expect(isoTime(23, 59, 59)).toBe('23:59:59');
    expect(isoTime(25, 0)).toBeNull();
  });
});

describe('parseIsoDateTime', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024-03-01 09:30', '2024-03-01T09:30'],
    ['2024-03-01T09:30:15', '2024-03-01T09:30:15'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (value, iso) => {
    expect(parseIsoDateTime(value)).toBe(iso);
  });

  it.each([
    '2024-13-45',
    '2024-02-30',
    '2023-02-29',
    '2024-03-01 25:00',
    '2024-03-01T10:61',
    '2024-3-1',
    '去年',
    '0000-00-00',
    '0000-02-25',
    '0999-01-01',
  ])('%s → null', (value) => {
    expect(parseIsoDateTime(value)).toBeNull();
  });
});

describe('a JSONL publishedAt', () => {
  const item = (publishedAt: string) => ({
    id: 'j-1',
    input: 'in.jsonl:1',
    path: 'in.jsonl',
    format: 'jsonl' as const,
    text: '3月5日,县委召开常委会会议。',
    publishedAt,
  });

  it.each(['2024-13-45', '2024-02-30'])('%s is refused, naming the field', (value) => {
    const r = runItem(item(value), { includeText: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.error.code).toBe('bad-jsonl');
    expect(r.error.error.message).toContain('publishedAt');
    expect(r.error.error.message).toContain(value);
  });

  it('a real date-time is passed on with a T', () => {
    const r = runItem(item('2022-03-06 08:30'), { includeText: false });
    expect(r.ok && r.record.meta.publishedAt).toBe('2022-03-06T08:30');
  });
});

describe('CMS placeholders in a text header are no publication date', () => {
  const body = '镇党委书记王刚主持会议，3月5日召开。';
  it.each([
    '发布时间：0000-00-00 00:00:00',
    '发布时间：1970-01-01 00:00:00',
    '发布时间：1970-01-01T00:00',
    '1970-01-01 00:00:00',
  ])('%s → publishedAt null, no 1970 date, nothing anchored to it', (header) => {
    const r = extract(`标题\n${header}\n${body}\n`);
    expect(r.meta.publishedAt).toBeNull();
    expect(r.dates.map((d) => d.value)).toEqual(['XXXX-03-05']);
  });

  it('a real date on another header line still counts', () => {
    const r = extract(`标题\n发布时间：1970-01-01 00:00:00\n2024年03月06日 10:00\n${body}\n`);
    expect(r.meta.publishedAt).toBe('2024-03-06T10:00');
  });

  it('a bare 1970-01-01, or the epoch at another time, is a date', () => {
    expect(extract(`标题\n发布时间：1970-01-01\n${body}\n`).meta.publishedAt).toBe('1970-01-01');
    expect(extract(`标题\n发布时间：1970-01-01 08:00:00\n${body}\n`).meta.publishedAt).toBe('1970-01-01T08:00:00');
  });

  it('a given or page date at the epoch midnight is absent', () => {
    expect(extract(body, { publishedAt: '1970-01-01T00:00:00' }).meta.publishedAt).toBeNull();
    const page = { title: null, publishedAt: '1970-01-01T00:00', source: null, site: null, regionCode: null };
    expect(extract(`标题\n发布时间：2024-03-06\n${body}`, { page }).meta.publishedAt).toBe('2024-03-06');
  });
});
