/** --out never loses an article: repeated ids and same-stem files each get a file of their own. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'govx-out-names-'));
const put = (rel: string, content: string) => {
  const p = join(tmp, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
const read = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

describe('--out with repeated ids', () => {
  const corpus = put(
    'dups.jsonl',
    [
      { id: 'a', text: '会上印发《甲方案》。' },
      { id: 'b', text: '会上印发《乙方案》。' },
      { id: 'a', text: '会上印发《丙方案》。' },
      { id: 'a', text: '会上印发《丁方案》。' },
      { id: 'b', text: '会上印发《戊方案》。' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n'),
  );

  it('writes one file per line, names stable on a re-run and with --resume, duplicates reported once', async () => {
    const out = join(tmp, 'out-dups');
    const r = await runCli(['extract', corpus, '--out', out, '-j', '1', '--no-text']);
    expect(r.code).toBe(0);
    const files = jsonFiles(out);
    expect(files).toEqual(['a.json', 'a~2.json', 'a~3.json', 'b.json', 'b~2.json']);
    const title = (f: string) => read(out, f).documents[0].title;
    expect(files.map(title)).toEqual(['甲方案', '丙方案', '丁方案', '乙方案', '戊方案']);
    expect(files.map((f) => read(out, f).id)).toEqual(['a', 'a', 'a', 'b', 'b']);
    const dupLines = r.stderr.split('\n').filter((l) => l.includes('seen before'));
    expect(dupLines).toHaveLength(2);
    expect(dupLines[0]).toContain(`${corpus}:3: id "a"`);
    expect(dupLines[1]).toContain(`${corpus}:5: id "b"`);
    expect(r.stderr).toMatch(/5 records, 0 errors; 5 files written to .*out-dups \(2 duplicate ids\)/);

    // The same names again on a re-run; --resume finds all five done.
    const again = await runCli(['extract', corpus, '--out', out, '-j', '1', '--no-text']);
    expect(jsonFiles(out)).toEqual(files);
    expect(files.map(title)).toEqual(['甲方案', '丙方案', '丁方案', '乙方案', '戊方案']);
    expect(again.stderr).toContain('5 files written');
    const resumed = await runCli(['extract', corpus, '--out', out, '--resume', '-j', '1', '--no-text']);
    expect(resumed.stderr).toContain('5 skipped (already done)');
    expect(resumed.stderr).toContain('0 files written');
  });

  it('--resume redoes only the missing copy', async () => {
    const out = join(tmp, 'out-resume');
    await runCli(['extract', corpus, '--out', out, '-j', '1', '--no-text', '-q']);
    const { rmSync } = await import('node:fs');
    rmSync(join(out, 'a~3.json'));
    const r = await runCli(['extract', corpus, '--out', out, '--resume', '-j', '1', '--no-text']);
    expect(r.stderr).toContain('4 skipped (already done)');
    expect(r.stderr).toContain('1 files written');
    expect(read(out, 'a~3.json').documents[0].title).toBe('丁方案');
  });
});

describe('--out with same-stem files in a folder', () => {
  put('stems/a.txt', '会上印发《甲方案》。');
  put(
    'stems/a.html',
    '<html><head><title>柳溪乡召开防汛工作部署会</title></head><body><div class="content">' +
      '<p>5月7日，柳溪乡召开防汛工作部署会，乡党委书记周文斌出席会议并讲话，乡长郑丽主持会议。</p>' +
      '<p>会议要求，各村要落实防汛责任，排查隐患点位，确保安全度汛。会上印发《乙方案》。</p></div></body></html>',
  );
  put('stems/b.txt', '会上印发《丙方案》。');

  it('a.html and a.txt both give id "a" and both are written', async () => {
    const out = join(tmp, 'out-stems');
    const r = await runCli(['extract', join(tmp, 'stems'), '--out', out, '-j', '1', '--no-text']);
    expect(r.code).toBe(0);
    expect(jsonFiles(out)).toEqual(['a.json', 'a~2.json', 'b.json']);
    // Sorted order: a.html before a.txt.
    expect(read(out, 'a.json').input.path).toContain('a.html');
    expect(read(out, 'a~2.json').input.path).toContain('a.txt');
    expect(r.stderr).toContain('3 files written');
    expect(r.stderr.split('\n').filter((l) => l.includes('seen before'))).toHaveLength(1);
  });
});
