import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../src/input/sources.js';
import { jsonLines, runCli, tempTree } from './helpers.js';

const { dir: tmp, put } = tempTree('govx-inputs-');

describe('folders', () => {
  put('corpus/b/x.txt', '会上印发《乙方案》。');
  put('corpus/a/x.txt', '会上印发《甲方案》。');
  put('corpus/a/notes.md', '《不是文章》');
  put('corpus/c.txt', '会上印发《丙方案》。');

  it('walks recursively in sorted order, ids keep sub-folders, other files skipped', async () => {
    const r = await runCli(['extract', join(tmp, 'corpus'), '--no-text']);
    expect(r.code).toBe(0);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(['a/x', 'b/x', 'c']);
    expect(recs.map((x) => x.documents[0].title)).toEqual(['甲方案', '乙方案', '丙方案']);
  });

  it('filters with --glob', async () => {
    const r = await runCli(['extract', join(tmp, 'corpus'), '--glob', 'a/**', '--no-text']);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(['a/notes', 'a/x']);
  });
});

describe('JSONL corpora', () => {
  const corpus = [
    JSON.stringify({
      id: 'n-1',
      text: '3月5日,县委召开常委会会议。',
      url: 'http://www.example.gov.cn/a.html',
      publishedAt: '2023-03-06',
    }),
    '',
    '{broken',
    JSON.stringify({ id: 'n-3', body: 'no text field' }),
    JSON.stringify({ text: '会上印发《丁方案》。' }),
  ].join('\n');

  it('gives one line per article line, in order, with id, url and publishedAt flowing in', async () => {
    const p = put('corpus.jsonl', corpus);
    const r = await runCli(['extract', p, '--no-text']);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      id: 'n-1',
      input: { format: 'jsonl', url: 'http://www.example.gov.cn/a.html' },
      meta: { publishedAt: '2023-03-06' },
    });
    // the given publication date anchors a bare month-day
    expect(lines[0].dates.map((d: { value: string }) => d.value)).toContain('2023-03-05');
    expect(lines[1]).toEqual({
      id: 'corpus:3',
      input: { path: p, format: 'jsonl', encoding: null, script: null, chars: null, url: null, line: 3 },
      error: { code: 'bad-jsonl', message: 'line is not valid JSON' },
    });
    expect(lines[2]).toMatchObject({ id: 'n-3', error: { code: 'bad-jsonl' } });
    expect(lines[3]).toMatchObject({ id: 'corpus:5', documents: [{ title: '丁方案' }] });
    expect(r.stderr.trim().split('\n')).toHaveLength(3); // two errors and the summary
  });

  it('recognises JSONL on standard input', async () => {
    const r = await runCli(['extract', '-', '--no-text'], { stdin: corpus });
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(['n-1', 'stdin:3', 'n-3', 'stdin:5']);
  });

  it('refuses a publishedAt that is not an ISO date, for that line only', async () => {
    const p = put(
      'bad-date.jsonl',
      JSON.stringify({ id: 'q', text: '会议召开。', publishedAt: '去年' }) +
        '\n' +
        JSON.stringify({ id: 'r', text: '会议召开。' }),
    );
    const r = await runCli(['extract', p, '--no-text']);
    const lines = jsonLines(r.stdout);
    expect(lines[0]).toMatchObject({ id: 'q', error: { code: 'bad-jsonl' } });
    expect(lines[1].id).toBe('r');
  });
});

describe('format sniffing', () => {
  it.each([
    ['{"id":1}', 'jsonl'],
    ['\n  <!DOCTYPE html>', 'html'],
    ['\ufeff<html>', 'html'],
    ['镇党委召开会议', 'text'],
  ])('%j → %s', (head, format) => {
    expect(sniffFormat(Buffer.from(head))).toBe(format);
  });
});

describe('JSONL lines that are no article (issue 19)', () => {
  const good = JSON.stringify({ id: 'a', text: '镇长王刚主持会议。' });

  it('gives one bad-jsonl record for null, a number, a string or an array, and goes on', async () => {
    const stdin = [good, 'null', '42', '"s"', '[1]', 'true', JSON.stringify({ id: 'z', text: '镇长王刚。' })].join(
      '\n',
    );
    const r = await runCli(['extract', '-', '--no-text'], { stdin });
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((x) => x.id)).toEqual(['a', 'stdin:2', 'stdin:3', 'stdin:4', 'stdin:5', 'stdin:6', 'z']);
    for (const [i, kind] of [
      [1, 'null'],
      [2, 'a number'],
      [3, 'a string'],
      [4, 'an array'],
      [5, 'a boolean'],
    ] as const)
      expect(lines[i]).toEqual({
        id: `stdin:${i + 1}`,
        input: { path: '-', format: 'jsonl', encoding: null, script: null, chars: null, url: null, line: i + 1 },
        error: { code: 'bad-jsonl', message: `line is ${kind}, not a JSON object` },
      });
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('takes a numeric id as its decimal string and refuses any other non-string id or field', async () => {
    const stdin = [
      JSON.stringify({ id: 42, text: '镇长王刚。' }),
      JSON.stringify({ id: { n: 1 }, text: '镇长王刚。' }),
      JSON.stringify({ id: true, text: '镇长王刚。' }),
      JSON.stringify({ id: 'u', text: '镇长王刚。', url: 7 }),
      JSON.stringify({ id: 'p', text: '镇长王刚。', publishedAt: 20240101 }),
    ].join('\n');
    const lines = jsonLines((await runCli(['extract', '-', '--no-text'], { stdin })).stdout);
    expect(lines[0].id).toBe('42');
    expect(lines[1]).toMatchObject({
      id: 'stdin:2',
      error: { code: 'bad-jsonl', message: expect.stringMatching(/"id"/) },
    });
    expect(lines[2]).toMatchObject({
      id: 'stdin:3',
      error: { code: 'bad-jsonl', message: expect.stringMatching(/"id"/) },
    });
    expect(lines[3]).toMatchObject({ id: 'u', error: { code: 'bad-jsonl', message: expect.stringMatching(/"url"/) } });
    expect(lines[4]).toMatchObject({
      id: 'p',
      error: { code: 'bad-jsonl', message: expect.stringMatching(/"publishedAt"/) },
    });
  });

  it('keeps line 1 after a UTF-8 byte-order mark, in a file and on standard input', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${good}\n${good.replace('"a"', '"b"')}\n`),
    ]);
    const p = put('bom.jsonl', bytes);
    for (const r of [
      await runCli(['extract', p, '--no-text']),
      await runCli(['extract', '-', '--no-text'], { stdin: bytes }),
    ]) {
      expect(r.code).toBe(0);
      expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(['a', 'b']);
    }
  });

  it('refuses an impossible publishedAt naming the field, and takes CMS placeholders as no date', async () => {
    const text = '发布时间：2024-03-05 10:00\n镇长王刚主持会议。';
    const stdin = [
      JSON.stringify({ id: 'bad', text, publishedAt: '2024-02-30T99:99:99' }),
      ...['0000-00-00', '0000-00-00 00:00:00', '1970-01-01 00:00:00', '1970-01-01T00:00:00Z'].map((publishedAt, i) =>
        JSON.stringify({ id: `p${i}`, text, publishedAt }),
      ),
    ].join('\n');
    const r = await runCli(['extract', '-', '--no-text'], { stdin });
    const lines = jsonLines(r.stdout);
    expect(lines[0]).toMatchObject({
      id: 'bad',
      error: { code: 'bad-jsonl', message: expect.stringMatching(/publishedAt "2024-02-30T99:99:99"/) },
    });
    for (const line of lines.slice(1)) {
      expect(line.error).toBeUndefined();
      expect(line.meta.publishedAt).toBe('2024-03-05T10:00'); // from the text's header, as if absent
    }
  });
});

describe('pages with no text (issue 19)', () => {
  it('gives an empty error record for <html></html>, exit 1', async () => {
    const p = put('blank.html', '<html></html>');
    const r = await runCli(['extract', p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`govx: ${p}: no text in the page\n`);
    const many = await runCli(['extract', p, p, '--no-text']);
    expect(jsonLines(many.stdout)[0]).toMatchObject({
      id: 'blank',
      error: { code: 'empty', message: 'no text in the page' },
    });
  });
});

describe('--max-bytes (issue 19)', () => {
  const line = (id: string, text: string) => JSON.stringify({ id, text });

  it('makes a JSONL line over the limit an error record and goes on', async () => {
    const p = put(
      'huge-line.jsonl',
      [line('a', '镇长王刚。'), line('big', '王'.repeat(10_000)), line('c', '镇长王刚。')].join('\n'),
    );
    for (const r of [
      await runCli(['extract', p, '--max-bytes', '1K', '--no-text']),
      await runCli(['extract', '-', '--max-bytes', '1k', '--no-text'], { stdin: readFileSync(p) }),
    ]) {
      expect(r.code).toBe(1);
      const lines = jsonLines(r.stdout);
      expect(lines.map((x) => x.id)).toEqual(['a', expect.stringMatching(/:2$/), 'c']);
      expect(lines[1].error).toEqual({ code: 'too-large', message: 'line is over the 1 KB limit (--max-bytes)' });
    }
  });

  it('refuses a file or standard input over the limit, and takes sizes as 64M, 1G or bytes', async () => {
    const p = put('big.txt', '镇长王刚主持会议。'.repeat(500));
    const file = await runCli(['extract', p, '--max-bytes', '1024']);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/big\.txt: file \(13\.2 KB\) is over the 1 KB limit \(--max-bytes\)/);
    const stdin = await runCli(['extract', '-', '--max-bytes', '1K'], { stdin: readFileSync(p) });
    expect(stdin.stderr).toBe('govx: stdin: input is over the 1 KB limit (--max-bytes)\n');
    expect((await runCli(['extract', p, '--max-bytes', '1G'])).code).toBe(0);
    const bad = await runCli(['extract', p, '--max-bytes', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-bytes takes a size/);
  });

  it('spots binary data on the first bytes of a file bigger than the limit', async () => {
    const p = put('zeros.txt', Buffer.alloc(100_000));
    const r = await runCli(['extract', p, '--max-bytes', '1K']);
    expect(r.stderr).toBe(`govx: ${p}: input looks binary (contains NUL bytes)\n`);
  });
});
