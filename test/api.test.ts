import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, NoTextError, validateRecord } from '../src/index.js';
import { runItem } from '../src/pipeline/run-item.js';
import { runCli } from './helpers.js';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>柳溪乡召开防汛工作部署会_柳溪乡人民政府</title>
<meta name="ArticleTitle" content="柳溪乡召开防汛工作部署会"><meta name="PubDate" content="2024-05-07 10:30">
<meta name="ContentSource" content="柳溪乡人民政府"></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xw">乡镇动态</a></div>
<div class="content"><p>　　5月7日，柳溪乡召开防汛工作部署会，乡党委书记周文斌出席会议并讲话，乡长郑丽主持会议。</p>
<p>　　会议要求，各村要落实防汛责任，排查隐患点位，确保安全度汛。会上印发《柳溪乡防汛应急预案》。</p></div>
<div class="footer">版权所有：柳溪乡人民政府</div></body></html>`;
const EMPTY_BODY = `<html><head><title>柳溪乡召开防汛工作部署会</title><meta name="PubDate" content="2024-05-07 10:30"></head>
<body><div class="nav"><a href="/">首页</a></div></body></html>`;
const BLANK_PAGE = '<html><head></head><body><div class="nav"></div></body></html>';

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

describe('the package API on HTML', () => {
  const cliRecord = (html: string) => {
    const r = runItem(
      { id: 'p', input: 'p.html', path: 'p.html', format: 'html', text: undefined, html },
      {
        includeText: true,
      },
    );
    if (!r.ok) throw new Error(r.error.error.message);
    return r.record;
  };

  it("extract(html, { format: 'html' }) reads the page's main text and meta tags, as the CLI does", () => {
    const rec = extract(PAGE, { format: 'html', id: 'p', path: 'p.html' });
    expect(validateRecord(rec)).toEqual([]);
    expect(rec.input.format).toBe('html');
    expect(rec.meta.title).toBe('柳溪乡召开防汛工作部署会');
    expect(rec.meta.publishedAt).toBe('2024-05-07T10:30');
    expect(rec.text).not.toContain('<');
    expect(rec.text).not.toContain('首页');
    expect(rec.officials.map((o) => o.name)).toEqual(['周文斌', '郑丽']);
    expect(rec.documents.map((d) => d.title)).toEqual(['柳溪乡防汛应急预案']);
    expect(JSON.stringify(rec)).toBe(JSON.stringify(cliRecord(PAGE)));
  });

  it('detects a page when no format is given; format text keeps markup as text', () => {
    const auto = extract(PAGE, { id: 'p', path: 'p.html' });
    expect(JSON.stringify(auto)).toBe(JSON.stringify(extract(PAGE, { format: 'html', id: 'p', path: 'p.html' })));
    expect(extract(PAGE, { format: 'text' }).text).toBe(PAGE);
  });

  it('plain text is unchanged by the HTML step', () => {
    const text = '3月5日,县委召开常委会会议。会上印发《镇村干部管理办法》。';
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text, { format: 'text' })));
    expect(extract(text).text).toBe(text);
  });

  it('a page that says nothing at all throws NoTextError (code no-text)', () => {
    let thrown: unknown;
    try {
      extract(BLANK_PAGE, { format: 'html' });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(NoTextError);
    expect((thrown as NoTextError).code).toBe('no-text');
    expect(() => extract(BLANK_PAGE)).toThrow(NoTextError);
  });

  it('a page with no main text keeps its headline and date in a record with empty text', () => {
    const rec = extract(EMPTY_BODY, { format: 'html' });
    expect(rec.text).toBe('');
    expect(rec.meta.title).toBe('柳溪乡召开防汛工作部署会');
    expect(rec.meta.publishedAt).toBe('2024-05-07T10:30');
  });

  it('the CLI makes a page that says nothing an empty error record, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govx-api-'));
    const p = join(dir, 'blank.html');
    writeFileSync(p, BLANK_PAGE);
    const one = await runCli(['extract', p]);
    expect(one.code).toBe(1);
    expect(one.stdout).toBe('');
    expect(one.stderr).toContain(`govx: ${p}: no text in the page`);
    const many = await runCli(['extract', p, '--jsonl', '-q']);
    expect(many.code).toBe(1);
    expect(JSON.parse(many.stdout).error.code).toBe('empty');
  });
});
