import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const CORPUS = [
  JSON.stringify({
    id: 'a',
    text: '2024年5月6日,白河镇召开镇村干部大会,镇党委书记、镇长李建国主持会议,会上印发《春耕生产工作方案》。',
    publishedAt: '2024-05-07',
  }),
  JSON.stringify({ id: 'b', text: '2023年3月1日,白河镇党委书记李建国到红星村调研。' }),
  JSON.stringify({ id: 'c', text: '今天天气晴。' }),
  JSON.stringify({ id: 'bad', body: 'no text' }),
].join('\n');

async function records(): Promise<string> {
  return (await runCli(['extract', '-', '-q', '-j', '1', '--no-text'], { stdin: CORPUS })).stdout;
}

describe('govx stats', () => {
  it('--json: articles, error lines by code, items per field, top officials, date spans', async () => {
    const r = await runCli(['stats', '-', '--json'], { stdin: await records() });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.articles).toBe(4);
    expect(s.records).toBe(3);
    expect(s.errors).toBe(1);
    expect(s.errorsByCode).toEqual({ 'bad-jsonl': 1 });
    expect(s.items.documents).toEqual({ total: 1, perArticle: 0.33 });
    expect(Object.keys(s.items)).toEqual([
      'officials',
      'dates',
      'documents',
      'organizations',
      'places',
      'meetings',
      'decisions',
      'appointments',
    ]);
    expect(s.topOfficials[0]).toEqual({ name: '李建国', articles: 2 });
    expect(s.dates).toEqual({ earliest: '2023-03-01', latest: '2024-05-06' });
    expect(s.publishedAt).toEqual({ earliest: '2024-05-07', latest: '2024-05-07' });
  });

  it('prints the same numbers as text a person reads at a glance', async () => {
    const r = await runCli(['stats', '-'], { stdin: await records() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('articles     4  (3 records, 1 error line: bad-jsonl 1)');
    expect(r.stdout).toContain('dates        2023-03-01 … 2024-05-06');
    expect(r.stdout).toMatch(/\n {2}documents +1 +0\.33\n/);
    expect(r.stdout).toMatch(/top officials \(articles mentioning them\)\n {2}2 {2}李建国\n/);
  });

  it('an empty input gives zeros, not an error; a missing file is a usage error', async () => {
    const empty = await runCli(['stats', '-', '--json'], { stdin: '' });
    expect(JSON.parse(empty.stdout)).toMatchObject({ articles: 0, dates: null, publishedAt: null });
    const missing = await runCli(['stats', 'no/such.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^govx: no\/such.jsonl: cannot read/);
  });
});
