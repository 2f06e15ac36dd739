import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsetFamily, decodeHtmlBytes, declaredCharset } from '../src/input/charset.js';

// GBK and Big5 bytes come from committed fixtures (Node cannot encode them).
const gbkPage = readFileSync('fixtures/html-gbk-page/page.html');
const big5Page = readFileSync('fixtures/html-big5-page/page.html');

/** The same bytes without their (ASCII) charset declaration, so the decoder has to sniff. */
function undeclared(bytes: Buffer): Buffer {
  const latin = bytes.toString('latin1').replace(/<meta[^>]*charset[^>]*>\s*/i, '');
  return Buffer.from(latin, 'latin1');
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('decodeHtmlBytes', () => {
  it.each([
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('镇长李明主持会议。')]),
      'utf-8',
      '镇长李明主持会议。',
    ],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('镇长李明', 'utf16le')]),
      'utf-16le',
      '镇长李明',
    ],
    ['plain UTF-8', utf8('<p>青禾镇召开会议。</p>'), 'utf-8', '<p>青禾镇召开会议。</p>'],
    // Saved pages often declare gb2312 while the bytes are UTF-8: the bytes win.
    [
      'UTF-8 declared gb2312',
      utf8('<meta charset="gb2312"><p>青禾镇召开会议。</p>'),
      'utf-8',
      '<p>青禾镇召开会议。</p>',
    ],
    ['pure ASCII', utf8('<p>hello</p>'), 'utf-8', 'hello'],
    ['empty', Buffer.alloc(0), 'utf-8', ''],
  ])('%s → %s', (_name, bytes, encoding, contains) => {
    const r = decodeHtmlBytes(bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toContain(contains);
  });

  it.each([
    ['GBK declared gb2312', gbkPage, 'gb18030', '青禾镇召开春季农业生产工作会议'],
    ['GBK undeclared (sniffed)', undeclared(gbkPage), 'gb18030', '镇党委书记王建国出席会议并讲话'],
    ['Big5 declared', big5Page, 'big5', '青禾鎮舉辦鄉村振興座談會'],
    ['Big5 undeclared (sniffed)', undeclared(big5Page), 'big5', '鎮黨委書記王建國主持會議'],
  ])('%s → %s', (_name, bytes, encoding, contains) => {
    const r = decodeHtmlBytes(bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toContain(contains);
    expect(r.text).not.toContain('\uFFFD');
  });

  it('tolerates a multi-byte character cut off at the very end (truncated download)', () => {
    const cut = gbkPage.subarray(0, gbkPage.indexOf(Buffer.from('</p>', 'latin1')) - 1);
    const r = decodeHtmlBytes(cut);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain('镇长李明主持会');
  });

  it('accepts a UTF-8 page with one damaged byte', () => {
    const bytes = Buffer.concat([utf8('<p>青禾镇召开会议，'), Buffer.from([0xff]), utf8('镇长李明主持。</p>')]);
    const r = decodeHtmlBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('<p>青禾镇召开会议，\uFFFD镇长李明主持。</p>');
  });

  it('refuses binary input with one clear line', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeHtmlBytes(png)).toThrow(/binary.*NUL/);
    try {
      decodeHtmlBytes(png);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('refuses bytes no decoder accepts', () => {
    // A lone 0x80, and lead bytes followed by a space: invalid in UTF-8, GB18030 and Big5.
    const bad = Buffer.from([0x3c, 0x70, 0x3e, 0x80, 0x41, 0xc8, 0x20, 0x81, 0x30, 0x20, 0x41]);
    expect(() => decodeHtmlBytes(Buffer.concat([bad, bad, bad]))).toThrow(/not decodable/);
  });
});

describe('declared charset', () => {
  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', 'gb18030'],
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=GBK'>", 'gb18030'],
    ['<meta charset=big5>', 'big5'],
    ['<meta charset="windows-1252">', null],
    ['<p>no declaration</p>', null],
  ])('%s → %s', (html, family) => {
    expect(declaredCharset(utf8(html))).toBe(family);
  });

  it('looks only at the first 2 KB', () => {
    expect(declaredCharset(utf8(`${' '.repeat(3000)}<meta charset="gbk">`))).toBeNull();
  });

  it.each([
    ['GB2312', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['Big5-HKSCS', 'big5'],
    ['UTF8', 'utf-8'],
    ['shift_jis', null],
  ])('label %s → %s', (label, family) => {
    expect(charsetFamily(label)).toBe(family);
  });
});

describe('a declared charset that does not fit the bytes (issue 19)', () => {
  /** The same bytes with their charset declaration changed. */
  const declaring = (bytes: Buffer, label: string) =>
    Buffer.from(bytes.toString('latin1').replace(/charset=["']?[\w-]+/i, `charset=${label}`), 'latin1');
  const right = (bytes: Buffer) => decodeHtmlBytes(bytes).text.replace(/<meta[^>]*>/gi, '');

  it.each([
    ['GBK bytes declared big5', gbkPage, 'big5', 'gb18030 (declared big5)'],
    ['Big5 bytes declared gbk', big5Page, 'gbk', 'big5 (declared gb18030)'],
  ])('%s: the sniffer’s choice, and the record says so', (_name, page, label, encoding) => {
    const bytes = declaring(page, label);
    expect(declaredCharset(bytes)).not.toBe(declaredCharset(page));
    const got = decodeHtmlBytes(bytes);
    expect(got.encoding).toBe(encoding);
    expect(got.text.replace(/<meta[^>]*>/gi, '')).toBe(right(page));
  });

  it('keeps a declaration that fits', () => {
    expect(decodeHtmlBytes(gbkPage).encoding).toBe('gb18030');
    expect(decodeHtmlBytes(big5Page).encoding).toBe('big5');
  });
});
