import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('govx officials (registry)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'govx-registry-'));
  const corpus = join(tmp, 'c.jsonl');
  writeFileSync(
    corpus,
    [
      { id: 'x1', publishedAt: '2023-05-02', text: '5月1日,白河镇召开安全生产会议,镇党委书记李建国主持会议。' },
      {
        id: 'x2',
        publishedAt: '2024-03-09',
        text: '3月8日,白河镇召开春耕生产会议,镇党委书记李建国主持会议,镇长王晓东讲话。',
      },
      { id: 'x3', publishedAt: '2021-07-15', text: '7月14日,县委召开常委会会议,县委常委、副县长李建国出席。' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n'),
  );

  it('folds records into one row per official and post with first/last seen', async () => {
    const records = await runCli(['extract', corpus, '--no-text', '-q', '-j', '1']);
    expect(records.code).toBe(0);
    const r = await runCli(['officials', '-', '--format', 'json'], { stdin: records.stdout });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    const li = rows.filter((x) => x.name === '李建国');
    expect(li.map((x) => [x.title, x.firstSeen, x.lastSeen, x.articles, x.articleIds])).toEqual([
      ['副县长', '2021-07-15', '2021-07-15', 1, ['x3']],
      ['县委常委', '2021-07-15', '2021-07-15', 1, ['x3']],
      ['镇党委书记', '2023-05-02', '2024-03-09', 2, ['x1', 'x2']],
    ]);
    expect(rows.find((x) => x.name === '王晓东')).toMatchObject({ title: '镇长', articles: 1, articleIds: ['x2'] });
    expect(r.stderr).toContain('3 records read');
  });

  it('prints CSV with a header row for R, Stata and pandas', async () => {
    const records = await runCli(['extract', corpus, '--no-text', '-q', '-j', '1']);
    const r = await runCli(['officials', '-', '--format', 'csv'], { stdin: records.stdout });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('name,title,org,orgResolved,firstSeen,lastSeen,articles,articleIds');
    expect(lines).toContain('李建国,镇党委书记,镇党委,白河镇党委,2023-05-02,2024-03-09,2,x1;x2');
  });

  it('refuses an unknown format with a usage error', async () => {
    const r = await runCli(['officials', corpus, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format takes json or csv');
  });
});
