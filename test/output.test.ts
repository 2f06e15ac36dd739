/**
 * The output side through the real CLI: --out temp files and concurrent runs,
 * output errors (one stderr line, exit 2), a closed stdout, file names that
 * stay unique on case-insensitive and Windows file systems.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fdWriter } from '../src/cli/stdout.js';

const BIN = resolve('bin/govx.js');
const SEED = resolve('fixtures/seed-town-meeting/input.txt');
const tmp = mkdtempSync(join(tmpdir(), 'govx-output-'));

const run = (args: string[], options: { input?: string; stdout?: number } = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });

function corpus(prefix: string, n: number, first?: string): string {
  const lines = first ? [first] : [];
  for (let i = 0; i < n; i++)
    lines.push(
      JSON.stringify({
        id: `${prefix}${String(i).padStart(5, '0')}`,
        text: `${(i % 12) + 1}月${(i % 28) + 1}日,白河镇召开安全生产会议,镇党委书记李建国主持会议。`,
      }),
    );
  return lines.join('\n') + '\n';
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.once('exit', (code) => done(code));
  });

/** One line on stderr, naming the path and the cause. */
function oneLine(stderr: string, ...parts: string[]): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  for (const p of parts) expect(lines[0]).toContain(p);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('--out temp files', () => {
  const host = createHash('sha1').update(hostname()).digest('hex').slice(0, 8);

  it("removes only govx temp files of dead runs on this machine, never a user's .tmp", () => {
    const out = join(tmp, 'leftovers');
    mkdirSync(out);
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const files = {
      user: 'important-notes.tmp',
      oldStyle: 'a00001.json.123.4.tmp',
      dead: `.govx-${host}-${deadPid}-0badc0de-7.tmp`,
      alive: `.govx-${host}-${process.pid}-0badc0de-7.tmp`,
      otherHost: `.govx-00000000-${deadPid}-0badc0de-7.tmp`,
    };
    for (const f of Object.values(files)) writeFileSync(join(out, f), 'keep?');
    const p = join(tmp, 'leftovers.jsonl');
    writeFileSync(p, corpus('l', 3));
    const r = run(['extract', p, '--out', out, '-j', '1', '-q']);
    expect(r.status).toBe(0);
    const left = readdirSync(out).sort();
    expect(left).toEqual(
      [files.user, files.oldStyle, files.alive, files.otherHost, 'l00000.json', 'l00001.json', 'l00002.json'].sort(),
    );
    expect(readFileSync(join(out, files.user), 'utf8')).toBe('keep?');
  }, 60_000);

  it('two runs on one folder at once both finish, with every record and the user file intact', async () => {
    const out = join(tmp, 'shared');
    mkdirSync(out);
    writeFileSync(join(out, 'important-notes.tmp'), 'mine');
    const a = join(tmp, 'shared-a.jsonl');
    const b = join(tmp, 'shared-b.jsonl');
    writeFileSync(a, corpus('a', 800));
    writeFileSync(b, corpus('b', 800));
    const args = (p: string) => [BIN, 'extract', p, '--out', out, '-j', '1', '-q', '--no-text'];
    const stderr = ['', ''];
    const first = spawn(process.execPath, args(a), { stdio: ['ignore', 'ignore', 'pipe'] });
    first.stderr.on('data', (d) => (stderr[0] += d));
    // Start the second run while the first is writing.
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        if (readdirSync(out).length > 50 || first.exitCode !== null) {
          clearInterval(timer);
          done();
        }
      }, 10);
    });
    const second = spawn(process.execPath, args(b), { stdio: ['ignore', 'ignore', 'pipe'] });
    second.stderr.on('data', (d) => (stderr[1] += d));
    const codes = await Promise.all([exited(first), exited(second)]);
    expect(stderr).toEqual(['', '']);
    expect(codes).toEqual([0, 0]);
    const files = readdirSync(out);
    expect(files.filter((f) => /^a\d{5}\.json$/.test(f))).toHaveLength(800);
    expect(files.filter((f) => /^b\d{5}\.json$/.test(f))).toHaveLength(800);
    expect(files.filter((f) => f.startsWith('.govx-'))).toEqual([]);
    expect(readFileSync(join(out, 'important-notes.tmp'), 'utf8')).toBe('mine');
  }, 120_000);
});

describe('output errors: one line naming the path and the cause, exit 2', () => {
  const aFile = join(tmp, 'a-file');
  writeFileSync(aFile, 'not a folder');

  it('--out under a regular file (ENOTDIR)', () => {
    const r = run(['extract', SEED, '--out', join(aFile, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    oneLine(r.stderr, join(aFile, 'out'), 'ENOTDIR');
  });

  it('--out naming a regular file (EEXIST)', () => {
    const r = run(['extract', SEED, '--out', aFile]);
    expect(r.status).toBe(2);
    oneLine(r.stderr, aFile, 'not a folder', 'EEXIST');
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))(
    '--out in a folder where mkdir answers ENOENT (/proc) fails at once instead of hanging',
    () => {
      const r = run(['extract', SEED, '--out', '/proc/govx-test/out']);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      oneLine(r.stderr, '/proc/govx-test/out', 'ENOENT');
    },
    40_000,
  );

  it.runIf(process.platform === 'linux' && existsSync('/sys/kernel'))(
    '--out in a folder that takes no files (/sys/kernel: EACCES even for root)',
    () => {
      const r = run(['extract', SEED, SEED, '--out', '/sys/kernel']);
      expect(r.status).toBe(2);
      oneLine(r.stderr, '/sys/kernel', 'cannot write into the output folder', 'EACCES');
    },
  );

  it('a record that cannot be written mid-run stops the run, its temp file removed', () => {
    const out = join(tmp, 'blocked');
    mkdirSync(join(out, 'm00003.json'), { recursive: true }); // a folder where the record should go
    const p = join(tmp, 'blocked.jsonl');
    writeFileSync(p, corpus('m', 10));
    const r = run(['extract', p, '--out', out, '-j', '1']);
    expect(r.status).toBe(2);
    oneLine(r.stderr, join(out, 'm00003.json'), 'EISDIR');
    expect(readdirSync(out).filter((f) => f.startsWith('.govx-'))).toEqual([]);
  }, 60_000);

  it.runIf(existsSync('/dev/full'))(
    'stdout on a full disk (/dev/full), one article and a batch',
    () => {
      for (const args of [[SEED], [SEED, SEED]]) {
        const full = openSync('/dev/full', 'w');
        try {
          const r = run(['extract', ...args], { stdout: full });
          expect(r.status).toBe(2);
          oneLine(r.stderr, 'stdout', 'no space left on device', 'ENOSPC');
        } finally {
          closeSync(full);
        }
      }
    },
    60_000,
  );

  it('cuts the part of a line a failing write left in a stdout file', () => {
    let file = Buffer.alloc(0);
    let calls = 0;
    const writer = fdWriter(99, 'stdout', {
      writeSync(_fd, buffer, offset, length) {
        calls++;
        if (calls === 2) {
          const part = Math.min(length, 5);
          file = Buffer.concat([file, buffer.subarray(offset, offset + part)]);
          return part;
        }
        if (calls === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        file = Buffer.concat([file, buffer.subarray(offset, offset + length)]);
        return length;
      },
      fstatSync: () => ({ isFile: () => true, size: file.length }),
      ftruncateSync: (_fd, length) => {
        file = file.subarray(0, length);
      },
    });
    writer.write('{"id":"a"}\n');
    expect(() => writer.write('{"id":"b","long":true}\n')).toThrow('stdout: no space left on device (ENOSPC)');
    expect(file.toString()).toBe('{"id":"a"}\n');
    expect(writer.closed).toBe(true);
  });
});

describe('a closed stdout (| head)', () => {
  /** Runs the CLI, reads its first chunk of stdout, then closes the pipe (with stderr on it too: 2>&1). */
  async function headed(args: string[], both = false): Promise<{ code: number | null; stderr: string }> {
    const child = both
      ? spawn('/bin/sh', ['-c', 'exec "$0" "$@" 2>&1', process.execPath, BIN, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    // 'close' comes after the exit and after stderr has been read to its end.
    const code = await new Promise<number | null>((done) => child.once('close', (c) => done(c)));
    return { code, stderr };
  }

  it('extract stops quietly, exit 1 when an article failed before', async () => {
    const p = join(tmp, 'head-bad.jsonl');
    writeFileSync(p, corpus('h', 5000, '{"id": "broken'));
    const r = await headed(['extract', p, '-j', '1']);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stderr).toMatch(/stopped: stdout was closed/);
    expect(Number(/govx: (\d+) articles/.exec(r.stderr)?.[1])).toBeLessThan(5001);
    expect(r.code).toBe(1);
  }, 60_000);

  it('extract exits 0 when nothing failed', async () => {
    const p = join(tmp, 'head-good.jsonl');
    writeFileSync(p, corpus('g', 5000));
    const r = await headed(['extract', p, '-j', '1', '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  it.runIf(existsSync('/bin/sh'))(
    'extract exits 0 with stderr on the same closed pipe (2>&1)',
    async () => {
      const p = join(tmp, 'head-both.jsonl');
      writeFileSync(p, corpus('t', 5000));
      const r = await headed(['extract', p, '-j', '1'], true);
      expect(r.code).toBe(0);
    },
    60_000,
  );

  it('check exits 1 when a fixture differs', async () => {
    const dir = join(tmp, 'head-fixtures');
    mkdirSync(join(dir, 'a-differs'), { recursive: true });
    writeFileSync(join(dir, 'a-differs', 'input.txt'), '镇党委书记李建国主持会议。');
    // A long expected value, so the diff is longer than a pipe holds.
    writeFileSync(join(dir, 'a-differs', 'expected.json'), JSON.stringify({ note: 'x'.repeat(300_000) }));
    // More cases after it: the check is still running when the reader goes away.
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(dir, `b-${i}`));
      writeFileSync(join(dir, `b-${i}`, 'input.txt'), `${i + 1}日,县委召开常委会会议。`);
      writeFileSync(join(dir, `b-${i}`, 'expected.json'), '{}');
    }
    const r = await headed(['check', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  }, 60_000);
});

describe('--out file names on case-insensitive and Windows file systems', () => {
  it('gives ids differing only in case, and reserved names, distinct safe files; ids unchanged', () => {
    const ids = ['A', 'a', 'CON', 'con', 'Con', 'nul.txt', 'aux', 'COM1', 'lpt9', 'Ǆ', 'ǆ', 'ß', 'ss', 'SS'];
    const p = join(tmp, 'names.jsonl');
    writeFileSync(p, ids.map((id) => JSON.stringify({ id, text: '镇党委书记李建国主持会议。' })).join('\n') + '\n');
    const out = join(tmp, 'names');
    expect(run(['extract', p, '--out', out, '-j', '1', '-q']).status).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(ids.length);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(ids.length);
    expect(new Set(files.map((f) => f.toUpperCase())).size).toBe(ids.length);
    for (const f of files) expect(f.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
    const stored = files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).id).sort();
    expect(stored).toEqual([...ids].sort());
    // --resume finds every one of them again.
    const again = run(['extract', p, '--out', out, '--resume', '-j', '1']);
    expect(again.stderr).toMatch(new RegExp(`${ids.length} skipped`));
  }, 60_000);
});
