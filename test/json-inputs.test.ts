/** .json article files (the gold corpus format) and folders whose .jsonl is no corpus. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, tempTree } from './helpers.js';

const { dir: tmp, put } = tempTree('govx-json-inputs-');
const gold = (id: string, title: string) =>
  JSON.stringify(
    { id, text: `会上印发《${title}》。`, url: `http://x.gov.cn/${id}`, gold: { publishedAt: null, people: [] } },
    null,
    2,
  );

describe('.json article files', () => {
  put('gold/g1.json', gold('g-1', '甲方案'));
  put('gold/g2.json', gold('g-2', '乙方案'));
  put('gold/many.json', JSON.stringify([{ text: '会上印发《丙方案》。' }, { id: 'm2', text: '会上印发《丁方案》。' }]));
  // govx's own --out files in the same folder are not articles.
  put('gold/old.json', JSON.stringify({ schemaVersion: '1.0.0', id: 'old', officials: [] }));
  put('gold/bad.error.json', JSON.stringify({ id: 'bad', input: 'x', error: { code: 'empty', message: 'x' } }));

  it('a folder of gold-format files is read as articles; records and error files are left out', async () => {
    const r = await runCli(['extract', join(tmp, 'gold'), '--no-text']);
    expect(r.code).toBe(0);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(['g-1', 'g-2', 'many:1', 'm2']);
    expect(recs.map((x) => x.documents[0].title)).toEqual(['甲方案', '乙方案', '丙方案', '丁方案']);
    expect(recs[0].input).toMatchObject({ format: 'json', url: 'http://x.gov.cn/g-1' });
    expect(r.stderr).not.toContain('skipped');
  });

  it('one gold file named directly is one article, not a JSONL line per line', async () => {
    const r = await runCli(['extract', join(tmp, 'gold/g1.json'), '--no-text']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toBe('g-1');
    expect(rec.documents[0].title).toBe('甲方案');
  });

  it('a .json named directly that is no article is one bad-json error', async () => {
    const p = put('other/config.json', '{"name": "x"}');
    const r = await runCli(['extract', p, '--jsonl']);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0].error.code).toBe('bad-json');
  });
});

describe('a folder with a .jsonl that is no corpus', () => {
  for (let i = 1; i <= 3; i++)
    put(
      `site/p${i}.html`,
      `<html><body><div class="content"><p>5月${i}日，柳溪乡召开防汛工作部署会，乡党委书记周文斌出席会议并讲话，乡长郑丽主持会议。</p><p>会议要求，各村要落实防汛责任，排查隐患点位，确保安全度汛。</p></div></body></html>`,
    );
  put(
    'site/index.jsonl',
    Array.from({ length: 21 }, (_, i) => JSON.stringify({ file: `p${i}.html`, fetched: '2024-01-01' })).join('\n'),
  );
  put('site/corpus.jsonl', `${JSON.stringify({ id: 'c1', text: '会上印发《甲方案》。' })}\n`);

  it('skips the manifest with one warning line and reads the article corpus beside it', async () => {
    const r = await runCli(['extract', join(tmp, 'site'), '--no-text', '-j', '1']);
    expect(r.code).toBe(0);
    const ids = jsonLines(r.stdout).map((x) => x.id);
    expect(ids).toEqual(['c1', 'p1', 'p2', 'p3']);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('index.jsonl'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/skipped: its first line is no article/);
    expect(r.stderr).toContain('4 records, 0 errors');
  });

  it('the same .jsonl named directly is still read as a corpus (one error per line)', async () => {
    const r = await runCli(['extract', join(tmp, 'site/index.jsonl'), '-q']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)).toHaveLength(21);
  });
});
