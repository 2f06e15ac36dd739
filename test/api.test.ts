import { describe, expect, it } from 'vitest';
import { extract, validateRecord } from '../src/index.js';

describe('the package API', () => {
  it('extract(text, options) gives the record the CLI prints, spans in code points', () => {
    // 𠀋 is outside the BMP: two UTF-16 units, one code point
    const text = '𠀋会上印发《镇村干部管理办法》。';
    const rec = extract(text, { id: 'api-1' });
    expect(rec.id).toBe('api-1');
    expect(validateRecord(rec)).toEqual([]);
    const [doc] = rec.documents;
    expect(doc?.title).toBe('镇村干部管理办法');
    expect(doc?.span).toEqual([6, 14]);
    expect([...text].slice(6, 14).join('')).toBe('镇村干部管理办法');
    expect(rec.input.chars).toBe([...text].length);
  });

  it('ids a text without one by its hash, and is deterministic', () => {
    const a = extract('镇党委召开会议。');
    const b = extract('镇党委召开会议。');
    expect(a.id).toMatch(/^sha1-/);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('anchors dates on a publication date given from outside', () => {
    const rec = extract('3月5日,县委召开常委会会议。', { publishedAt: '2022-03-06' });
    expect(rec.meta.publishedAt).toBe('2022-03-06');
    expect(rec.dates.map((d) => d.value)).toContain('2022-03-05');
  });
});
