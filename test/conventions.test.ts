/** Issue 18's CLI conventions: usage on a terminal, -q everywhere, strict options, -o, signals, timeouts, -j. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, MANY_ARTICLES } from '../src/cli/commands/extract.js';
import { runCli } from './helpers.js';

const SEED = 'fixtures/seed-town-meeting/input.txt';

describe('no input on a terminal', () => {
  for (const cmd of ['extract', 'validate', 'segment', 'officials']) {
    it(`${cmd} with no input and stdin a terminal prints usage and exits 2`, async () => {
      const r = await runCli([cmd], { stdinTTY: true, stdin: '' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^Usage: govx ${cmd} `));
      expect(r.stderr).toMatch(/standard input is a terminal/);
    });
  }

  it('an explicit - on a terminal still reads it', async () => {
    const r = await runCli(['extract', '-'], { stdinTTY: true, stdin: '会议由镇长李明主持。' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).input.path).toBe('-');
  });

  it('no input with stdin piped reads it as before', async () => {
    const r = await runCli(['segment'], { stdin: '镇长李明' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/李明/);
  });

  it('a named input on a terminal is read', async () => {
    const r = await runCli(['extract', SEED], { stdinTTY: true });
    expect(r.code).toBe(0);
  });
});

describe('-q everywhere and strict options', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'govx-conv-'));
  const corpus = join(tmp, 'c.jsonl');
  writeFileSync(
    corpus,
    [
      { id: 's1', publishedAt: '2021-07-15', text: '7月14日,县委召开常委会会议,县委常委、副县长李建国出席。' },
      {
        id: 't1',
        publishedAt: '2022-03-01',
        text: '2月28日,縣委召開常委會會議,縣委常委、副縣長李建國出席會議並講話,會議強調要做好春耕生產。',
      },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n'),
  );

  it('officials, validate, check, eval and segment accept -q; officials and validate then say nothing on stderr', async () => {
    const records = await runCli(['extract', corpus, '--no-text', '-q', '-j', '1']);
    expect(records.code).toBe(0);
    const officials = await runCli(['officials', '-', '-q'], { stdin: records.stdout });
    expect(officials.code).toBe(0);
    expect(officials.stderr).toBe('');
    const validate = await runCli(['validate', '-', '--quiet'], { stdin: records.stdout });
    expect([validate.code, validate.stderr]).toEqual([0, '']);
    const check = await runCli(['check', 'fixtures', '-q']);
    expect(check.code).toBe(0);
    expect(check.stdout).not.toMatch(/^ok /m);
    expect(check.stdout).toMatch(/cases: \d+ unchanged, 0 differ/);
    expect((await runCli(['segment', '-', '-q'], { stdin: '镇长' })).code).toBe(0);
    expect((await runCli(['schema', '-q'])).code).toBe(0);
    expect((await runCli(['stats', '-', '-q'], { stdin: records.stdout })).code).toBe(0);
    expect((await runCli(['table', 'articles', '-', '-q'], { stdin: records.stdout })).code).toBe(0);
    const gold = join(tmp, 'gold');
    mkdirSync(gold);
    writeFileSync(
      join(gold, '001.json'),
      JSON.stringify({
        id: '001',
        text: '镇长李明主持会议。',
        gold: { publishedAt: null, source: null, bylines: [], people: [], dates: [], documents: [], meetings: [] },
      }),
    );
    expect((await runCli(['eval', gold, '-q'])).code).toBe(0);
  });

  it('eval --field with an unknown field is a usage error naming the valid fields', async () => {
    const r = await runCli(['eval', tmp, '--verbose', '--field', 'people', 'nosuch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--field: no field "nosuch"; the fields are people, titled, .*publishedAt, source/);
  });

  it('the registry treats traditional and simplified spellings as one official and post', async () => {
    const records = await runCli(['extract', corpus, '--no-text', '-q', '-j', '1']);
    const r = await runCli(['officials', '-', '-q'], { stdin: records.stdout });
    const rows = (JSON.parse(r.stdout) as Array<Record<string, unknown>>).filter((x) =>
      ['李建国', '李建國'].includes(x.name as string),
    );
    const posts = rows.map((x) => [x.name, x.title, x.articles, x.articleIds]);
    expect(posts).toContainEqual(['李建国', '县委常委', 2, ['s1', 't1']]);
    expect(rows.every((x) => x.name === '李建国')).toBe(true);
  });

  it('-o FILE writes the output into FILE, replaced only when the run ends; exit codes unchanged', async () => {
    const outFile = join(tmp, 'records.jsonl');
    writeFileSync(outFile, 'old\n');
    const r = await runCli(['extract', corpus, '-o', outFile, '-q', '-j', '1']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    const lines = readFileSync(outFile, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['s1', 't1']);
    const csv = join(tmp, 'officials.csv');
    const c = await runCli(['extract', corpus, '--output', csv, '--table', 'officials', '--format', 'csv', '-q']);
    expect(c.code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^articleId,[A-Za-z,]+\n/);
    // A usage error leaves FILE as it was, and no temporary file behind.
    const bad = await runCli(['extract', corpus, '-o', outFile, '--jobs', 'zero']);
    expect(bad.code).toBe(2);
    expect(readFileSync(outFile, 'utf8').split('\n')).toHaveLength(3);
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // A failed article: exit 1 as on stdout, the error line in the file.
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const failed = await runCli(['extract', SEED, empty, '-o', outFile, '-q']);
    expect(failed.code).toBe(1);
    expect(readFileSync(outFile, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('--timeout', () => {
  it('applies to a single input: over it, the article fails (timeout, exit 1)', async () => {
    const one = await runCli(['extract', SEED, '--timeout', '1']);
    expect(one.code).toBe(1);
    expect(one.stdout).toBe('');
    expect(one.stderr).toMatch(/input\.txt: extraction took longer than 1 ms/);
  }, 30_000);

  it('does not count worker start-up: 20 articles with --timeout 500 -j 2 give 20 records', async () => {
    const lines = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({ id: `t${i}`, text: `${i + 1}日,白河镇召开会议,镇党委书记李建国主持会议,镇长王晓东讲话。` }),
    );
    const r = await runCli(['extract', '-', '--timeout', '500', '-j', '2', '--no-text'], {
      stdin: lines.join('\n') + '\n',
    });
    expect(r.stderr).toMatch(/20 records, 0 errors/);
    expect(r.code).toBe(0);
  }, 30_000);
});

describe('-j by default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govx-jobs-'));
  const jsonl = (name: string, n: number) => {
    const p = join(dir, name);
    writeFileSync(p, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `j${i}`, text: '镇长' })).join('\n'));
    return p;
  };

  it('one worker for one article, stdin or a corpus under the crossover; the cores above it', async () => {
    expect(MANY_ARTICLES).toBe(10_000);
    expect(await defaultJobs([SEED], {})).toBe(1);
    expect(await defaultJobs(['-'], {})).toBe(1);
    expect(await defaultJobs([jsonl('small.jsonl', 3_000)], {})).toBe(1);
    expect(await defaultJobs([jsonl('big.jsonl', 12_000)], {})).toBe(Math.max(1, availableParallelism()));
    expect(await defaultJobs([jsonl('a.jsonl', 6_000), jsonl('b.jsonl', 6_000)], {})).toBe(availableParallelism());
  });

  it('says the crossover in --help', async () => {
    const r = await runCli(['extract', '--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/default: 1 for stdin or under 10,000 articles/);
  });
});

describe('progress for one large input', () => {
  const big = join(mkdtempSync(join(tmpdir(), 'govx-big-')), 'big.txt');
  const seed = readFileSync(SEED, 'utf8');
  writeFileSync(big, seed.repeat(Math.ceil(600_000 / Buffer.byteLength(seed))));

  it('a TTY stderr shows bytes read and that it is extracting, then clears the line', async () => {
    // Over 100 bytes per ms of the limit: it runs on a worker and the main thread stays free to draw.
    const r = await runCli(['extract', big, '--timeout', '5000', '--no-text'], {
      stderrTTY: true,
      env: { GOVX_PROGRESS_DELAY_MS: '0' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('big');
    expect(r.stderr).toMatch(/govx: .*big\.txt: 0\.\d MB read, extracting, \d+ s/);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
  }, 30_000);

  it('not on a pipe, nor with -q', async () => {
    const r = await runCli(['extract', big, '--timeout', '5000', '--no-text'], {
      env: { GOVX_PROGRESS_DELAY_MS: '0' },
    });
    expect(r.stderr).toBe('');
    const q = await runCli(['extract', big, '--timeout', '5000', '--no-text', '-q'], {
      stderrTTY: true,
      env: { GOVX_PROGRESS_DELAY_MS: '0' },
    });
    expect(q.stderr).toBe('');
  }, 30_000);
});
