import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLES } from '../src/output/tables.js';
import { runCli } from './helpers.js';

const ARTICLE = '5月6日,白河镇召开镇村干部大会,镇党委书记、镇长李建国主持会议,会上印发《春耕生产工作方案》。';
const CORPUS = [
  JSON.stringify({ id: 'a', text: ARTICLE, url: 'https://example.gov.cn/a.html' }),
  JSON.stringify({ id: 'empty', text: '今天天气晴。' }),
  JSON.stringify({ id: 'bad', body: 'no text' }),
].join('\n');

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'govx-tables-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const csvLines = (s: string) => s.trimEnd().split('\n');

describe('extract --table', () => {
  it('--table alone gives CSV (no --format needed)', async () => {
    const r = await runCli(['extract', '-', '--table', 'documents'], { stdin: ARTICLE });
    expect(r.code).toBe(0);
    expect(csvLines(r.stdout)[0]).toBe('articleId,title,kind,number,issuer,rule,start,end');
    expect(csvLines(r.stdout)).toHaveLength(2);
  });

  it('the articles table has a row per article: no items, and error lines with their code', async () => {
    const r = await runCli(['extract', '-', '--table', 'articles', '-q', '-j', '1'], { stdin: CORPUS });
    expect(r.code).toBe(1);
    const [header, ...rows] = csvLines(r.stdout);
    expect(header).toBe(TABLES.articles?.columns.join(','));
    expect(rows).toHaveLength(3);
    const cols = (header as string).split(',');
    const cell = (row: string, name: string) => row.split(',')[cols.indexOf(name)];
    expect(rows.map((row) => cell(row, 'articleId'))).toEqual(['a', 'empty', 'bad']);
    expect(cell(rows[0] as string, 'url')).toBe('https://example.gov.cn/a.html');
    expect(cell(rows[0] as string, 'officialCount')).toBe('1');
    expect(cell(rows[1] as string, 'officialCount')).toBe('0');
    expect(cell(rows[1] as string, 'errorCode')).toBe('');
    expect(cell(rows[2] as string, 'errorCode')).toBe('bad-jsonl');
    expect(cell(rows[2] as string, 'officialCount')).toBe('');
  });

  it('a single unreadable article still gets its articles row (exit 2)', async () => {
    const r = await runCli(['extract', 'no/such/file.txt', '--table', 'articles']);
    expect(r.code).toBe(2);
    expect(csvLines(r.stdout)[1]).toMatch(/^file,no\/such\/file.txt,.*,unreadable,/);
  });

  it('officials: one row per official, mentions as JSON spans; titles: one row per title', async () => {
    const r = await runCli(['extract', '-', '--table', 'officials'], { stdin: ARTICLE });
    const [header, row] = csvLines(r.stdout);
    expect(header).toBe('articleId,name,titles,roles,mentions,mentionCount,nameStart,nameEnd,rule');
    expect(row).toMatch(/,李建国,镇党委书记;镇长,chair,"\[\[25,28\]\]",1,25,28,/);
  });

  it('several tables (comma-separated or repeated) go into --out DIR, one <table>.csv each', async () => {
    const dir = join(tmp(), 'tables');
    const r = await runCli(
      ['extract', '-', '--table', 'articles,officials', '--table', 'dates', '--out', dir, '-q', '-j', '1'],
      { stdin: CORPUS },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['articles.csv', 'dates.csv', 'officials.csv']);
    expect(csvLines(readFileSync(join(dir, 'articles.csv'), 'utf8'))).toHaveLength(4);
    expect(csvLines(readFileSync(join(dir, 'officials.csv'), 'utf8'))).toHaveLength(2);
    const dates = csvLines(readFileSync(join(dir, 'dates.csv'), 'utf8'));
    expect(dates[0]).toBe(TABLES.dates?.columns.join(','));
    expect(dates.slice(1).every((l) => l.startsWith('a,'))).toBe(true);
  });

  it('every table has articleId first and camelCase column names', () => {
    for (const name of TABLE_NAMES) {
      const cols = TABLES[name]?.columns ?? [];
      expect(cols[0]).toBe('articleId');
      for (const c of cols) expect(c).toMatch(/^[a-z][a-zA-Z]*$/);
    }
  });
});

describe('govx table', () => {
  it('turns saved records into the same bytes as extract --table, for every table', async () => {
    const saved = await runCli(['extract', 'fixtures', '--glob', '**/input.txt', '-q', '-j', '1']);
    const records = join(tmp(), 'r.jsonl');
    // One error line among the records.
    writeFileSync(
      records,
      saved.stdout +
        JSON.stringify({ id: 'x', input: 'x.txt', error: { code: 'timeout', message: 'over 1 ms' } }) +
        '\n',
    );
    const direct = join(tmp(), 'direct');
    await runCli([
      'extract',
      'fixtures',
      '--glob',
      '**/input.txt',
      '--table',
      TABLE_NAMES.join(','),
      '--out',
      direct,
      '-q',
      '-j',
      '1',
    ]);
    for (const name of TABLE_NAMES) {
      const fromRecords = await runCli(['table', name, records]);
      expect(fromRecords.code).toBe(0);
      const extra = name === 'articles' ? 'x,x.txt,,,,,,,,,,,,,,,,,,,,timeout,over 1 ms\n' : '';
      expect(fromRecords.stdout).toBe(readFileSync(join(direct, `${name}.csv`), 'utf8') + extra);
    }
    // A single table on stdout is the same bytes as its file in --out.
    const one = await runCli(['extract', 'fixtures', '--glob', '**/input.txt', '--table', 'titles', '-q', '-j', '1']);
    expect(one.stdout).toBe(readFileSync(join(direct, 'titles.csv'), 'utf8'));
  });

  it('reads standard input and --out folders, and writes several tables into --out', async () => {
    const records = join(tmp(), 'records');
    await runCli(['extract', '-', '--out', records, '-q', '-j', '1'], { stdin: CORPUS });
    const viaStdin = await runCli(['table', 'articles', '-'], {
      stdin: (await runCli(['extract', '-', '-q', '-j', '1'], { stdin: CORPUS })).stdout,
    });
    expect(csvLines(viaStdin.stdout).map((l) => l.split(',')[0])).toEqual(['articleId', 'a', 'empty', 'bad']);
    const fromDir = await runCli(['table', 'articles', records]);
    expect(
      csvLines(fromDir.stdout)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(['a', 'articleId', 'bad', 'empty']);
    const out = join(tmp(), 'csv');
    const several = await runCli(['table', 'articles,places', records, '--out', out]);
    expect(several.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.csv', 'places.csv']);
  });

  it('usage errors: unknown table, several tables without --out, missing file', async () => {
    expect((await runCli(['table', 'people', '-'], { stdin: '' })).stderr).toContain('unknown table "people"');
    expect((await runCli(['table', 'articles,dates', '-'], { stdin: '' })).code).toBe(2);
    const missing = await runCli(['table', 'articles', 'no/such.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such.jsonl');
  });
});
