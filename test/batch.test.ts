import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/run/batch.js';
import { safeFileName } from '../src/run/out-dir.js';
import type { WorkItem } from '../src/input/sources.js';
import type { LineResult } from '../src/run/line.js';

const BIN = resolve('bin/govx.js');
const tmp = mkdtempSync(join(tmpdir(), 'govx-batch-'));

/** Invented town-meeting sentences; every 100th line (from 37) is corrupt. */
function corpus(n: number): string {
  const names = ['李建国', '王晓东', '张丽华', '刘志强', '陈红'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 100 === 37) {
      lines.push(i % 200 === 37 ? '{"id": "broken-' + i : JSON.stringify({ id: `bad-${i}`, body: 'no text' }));
      continue;
    }
    const name = names[i % names.length];
    lines.push(
      JSON.stringify({
        id: `a${String(i).padStart(5, '0')}`,
        text: `${(i % 12) + 1}月${(i % 28) + 1}日,白河镇召开安全生产会议,镇党委书记${name}主持会议。`,
      }),
    );
  }
  return lines.join('\n') + '\n';
}

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

describe('batch runs', () => {
  const path = join(tmp, 'corpus.jsonl');
  writeFileSync(path, corpus(10_000));

  it('10,000 inputs with 1% corrupt: exactly 10,000 lines, 100 error records, a summary, exit 1', () => {
    const r = run(['extract', path, '--no-text', '-j', '2']);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10_000);
    const errors = lines.filter((l) => 'error' in l);
    expect(errors).toHaveLength(100);
    expect(errors.every((e) => e.error.code === 'bad-jsonl')).toBe(true);
    // input order kept
    expect(lines[0].id).toBe('a00000');
    expect(lines[9999].id).toBe('a09999');
    expect(r.stderr).toMatch(
      /govx: 10000 articles in [\d.]+ s \([\d.]+\/s\): 9900 records, 100 errors \(bad-jsonl 100\)/,
    );
    expect(run(['extract', path, '--no-text', '-j', '2', '--allow-errors', '-q']).status).toBe(0);
  }, 120_000);

  it('gives the same bytes with one worker and with two', () => {
    const small = join(tmp, 'small.jsonl');
    writeFileSync(small, corpus(300));
    const one = run(['extract', small, '-j', '1', '-q']);
    const two = run(['extract', small, '-j', '2', '-q']);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  it('--resume after a run killed midway finishes it with each article exactly once', async () => {
    const big = join(tmp, 'resume.jsonl');
    writeFileSync(big, corpus(3000));
    const out = join(tmp, 'out');
    const child = spawn(process.execPath, [BIN, 'extract', big, '--out', out, '-j', '1', '-q', '--no-text'], {
      stdio: 'ignore',
    });
    // Kill as soon as some, but not all, records are there.
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        let n = 0;
        try {
          n = readdirSync(out).length;
        } catch {
          n = 0;
        }
        if (n > 200) {
          clearInterval(timer);
          child.kill('SIGKILL');
          done();
        }
      }, 20);
    });
    await new Promise((r) => child.once('exit', r));
    const before = readdirSync(out).filter((f) => f.endsWith('.json')).length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(3000);
    const r = run(['extract', big, '--out', out, '--resume', '-j', '2', '--no-text', '--allow-errors']);
    expect(r.status).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const records = files.filter((f) => f.endsWith('.json') && !f.endsWith('.error.json'));
    const errorFiles = files.filter((f) => f.endsWith('.error.json'));
    expect(records).toHaveLength(2970);
    expect(errorFiles).toHaveLength(30);
    const skipped = Number(/(\d+) skipped/.exec(r.stderr)?.[1] ?? 0);
    expect(skipped).toBeGreaterThanOrEqual(before - 30);
    const ids = records.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).id);
    expect(new Set(ids).size).toBe(2970);
  }, 120_000);
});

describe('progress', () => {
  const corpus = Array.from({ length: 40 }, (_, i) =>
    JSON.stringify({ id: `p${i}`, text: '白河镇召开会议,镇长李建国主持。' }),
  ).join('\n');

  it('shows count, rate, ETA and errors on a terminal, and nothing when piped or quiet', async () => {
    const { runCli } = await import('./helpers.js');
    const p = join(tmp, 'progress.jsonl');
    writeFileSync(p, corpus + '\n{broken\n');
    const tty = await runCli(['extract', p, '-j', '1', '--no-text'], { stderrTTY: true });
    expect(tty.stderr).toMatch(/\d+\/41 articles \| [\d.]+\/s \| errors \d+ \| ETA/);
    const piped = await runCli(['extract', p, '-j', '1', '--no-text']);
    expect(piped.stderr).not.toContain('ETA');
    const quiet = await runCli(['extract', p, '-j', '1', '--no-text', '-q'], { stderrTTY: true });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout.trim().split('\n')).toHaveLength(41);
  }, 60_000);
});

describe('the pool keeps every article', () => {
  const item = (id: string, text: string): WorkItem => ({ id, input: id, path: id, format: 'jsonl', text });
  async function* items(list: WorkItem[]) {
    yield* list;
  }

  it('turns a hang into a timeout record and a crash into a worker-crash record, the rest unharmed', async () => {
    const got: LineResult[] = [];
    const list = [
      item('a', '镇党委召开会议。'),
      item('b', 'HANG'),
      item('c', '县委召开常委会。'),
      item('d', 'CRASH'),
      item('e', '会上印发《方案》。'),
    ];
    const summary = await runBatch(
      items(list),
      { jobs: 2, includeText: false, timeoutMs: 8000, workerFile: resolve('test/workers/misbehaving-worker.mjs') },
      (r) => {
        got.push(r);
      },
    );
    expect(got.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(got.map((r) => r.code ?? 'ok')).toEqual(['ok', 'timeout', 'ok', 'worker-crash', 'ok']);
    expect(summary).toMatchObject({ total: 5, records: 3, errors: 2, byCode: { timeout: 1, 'worker-crash': 1 } });
  }, 60_000);
});

describe('file names for --out', () => {
  it.each([
    ['a00001', 'a00001'],
    ['2024/03/x', '2024%2F03%2Fx'],
    ['../../etc/passwd', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['..', '%2E%2E'],
    ['', '%00'],
    ['渠岸镇:12', '渠岸镇%3A12'],
    ['A', '%41'],
    ['Doc-7a', '%44oc-7a'],
    ['ß', '%C3%9F'],
    ['con', '%63on'],
    ['COM1', '%43%4F%4D1'],
    ['lpt¹', '%6Cpt¹'],
    ['nul.txt', 'nul%2Etxt'],
  ])('%j → %j', (id, name) => {
    expect(safeFileName(id)).toBe(name);
  });

  it('caps long ids with a hash suffix, keeping them apart', () => {
    const a = safeFileName('x'.repeat(500) + 'a');
    const b = safeFileName('x'.repeat(500) + 'b');
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(180);
    expect(a).not.toBe(b);
  });
});
