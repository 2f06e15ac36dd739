/**
 * The one header date-time reader (src/text/datetime.ts): real calendar
 * checks, the caller's earliest year, and JSONL's publishedAt.
 */
import { describe, expect, it } from 'vitest';
import { runItem } from '../src/pipeline/run-item.js';
import { isoDate, isoTime, isRealDate, parseDateAt, parseIsoDateTime } from '../src/text/datetime.js';

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
  ])('%s is no date', (text) => {
    expect(parseDateAt(text, 0, TEXT)).toBeNull();
  });

  it('takes the earliest year from the caller', () => {
    expect(parseDateAt('1975-05-04', 0, { minYear: 1900 })?.value).toBe('1975-05-04');
    expect(parseDateAt('1975-05-04', 0, { minYear: 1980 })).toBeNull();
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

  it.each(['2024-13-45', '2024-02-30', '2023-02-29', '2024-03-01 25:00', '2024-03-01T10:61', '2024-3-1', '去年'])(
    '%s → null',
    (value) => {
      expect(parseIsoDateTime(value)).toBeNull();
    },
  );
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
