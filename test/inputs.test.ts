import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../src/input/sources.js';
import { runCli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'govx-inputs-'));
const put = (rel: string, content: string | Buffer) => {
  const p = join(tmp, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const jsonLines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

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
      input: `${p}:3`,
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
