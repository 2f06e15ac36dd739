/**
 * Inputs that must neither hang a run nor take its memory (issue 19): FIFOs
 * and devices, endless or huge streams, one huge line. The real CLI runs in
 * a child process where a hang or the memory peak can be seen.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatBytes, parseByteSize, splitLines } from '../src/input/lines.js';
import { runCli } from './helpers.js';

const BIN = resolve('bin/govx.js');
const tmp = mkdtempSync(join(tmpdir(), 'govx-limits-'));
const jsonLines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

async function lines(chunks: string[], max = 1000) {
  const out: Array<string | null> = [];
  for await (const l of splitLines(
    chunks.map((c) => Buffer.from(c, 'latin1')),
    max,
  ))
    out.push(l.bytes === null ? null : l.bytes.toString('latin1'));
  return out;
}

describe('splitLines', () => {
  it('cuts lines across chunk boundaries, drops CR and a leading BOM, keeps a last line without newline', async () => {
    expect(await lines(['\xef\xbb\xbfab', 'c\r', '\nd\n\n', 'e'])).toEqual(['abc', 'd', '', 'e']);
    expect(await lines(['a\n', '\xef\xbb\xbfb\n'])).toEqual(['a', '\xef\xbb\xbfb']); // only at the very start
    expect(await lines([])).toEqual([]);
  });

  it('gives a line over the limit as null without holding it, and goes on', async () => {
    expect(await lines(['ok\n', 'x'.repeat(6), 'x'.repeat(6), '\nok2\n', 'y'.repeat(20)], 10)).toEqual([
      'ok',
      null,
      'ok2',
      null,
    ]);
  });
});

describe('--max-bytes sizes', () => {
  it.each([
    ['65536', 65536],
    ['64M', 64 * 1024 ** 2],
    ['1G', 1024 ** 3],
    ['512kb', 512 * 1024],
    ['1.5MiB', 1.5 * 1024 ** 2],
    ['0', null],
    ['lots', null],
    ['-1', null],
  ])('%s → %s', (text, n) => expect(parseByteSize(text)).toBe(n));

  it('prints sizes for messages', () => {
    expect([64 * 1024 ** 2, 1536, 900].map(formatBytes)).toEqual(['64 MB', '1.5 KB', '900 bytes']);
  });
});

describe('a declared charset that does not fit, through the CLI', () => {
  it('reads Big5 bytes declared gbk as Big5 and says so in input.encoding', async () => {
    const page = readFileSync('fixtures/html-big5-page/page.html');
    const p = join(tmp, 'mislabelled.html');
    writeFileSync(p, Buffer.from(page.toString('latin1').replace('charset="big5"', 'charset="gbk"'), 'latin1'));
    const right = JSON.parse((await runCli(['extract', 'fixtures/html-big5-page/page.html', '--no-text'])).stdout);
    const r = await runCli(['extract', p, '--no-text']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.input.encoding).toBe('big5 (declared gb18030)');
    expect(rec.meta.title).toBe(right.meta.title);
    expect(rec.input.chars).toBe(right.input.chars);
  });
});

/** Runs the built CLI; a hang shows as a timeout (status null), not a stuck test. */
function govx(args: string[], stdin?: number) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    ...(stdin !== undefined ? { stdio: [stdin, 'pipe', 'pipe'] } : {}),
  });
}

describe('files that are no regular files', () => {
  it('refuses a FIFO inside a folder, and named directly, instead of waiting for a writer', () => {
    const corp = join(tmp, 'corp');
    mkdirSync(corp);
    writeFileSync(join(corp, 'a.txt'), '镇长王刚主持会议。');
    expect(spawnSync('mkfifo', [join(corp, 'x.txt')]).status).toBe(0);
    const r = govx(['extract', corp, '--no-text']);
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['a', 'x']);
    expect(out[1].error.code).toBe('not-regular-file');
    expect(r.stderr).toMatch(/x\.txt: not a regular file but a FIFO/);
    const direct = govx(['extract', join(corp, 'x.txt')]);
    expect(direct.status).toBe(1);
    expect(direct.stderr).toMatch(/not a regular file but a FIFO/);
  });

  it('refuses /dev/zero named directly, and spots it on standard input by its first bytes', () => {
    const named = govx(['extract', '/dev/zero']);
    expect(named.status).toBe(1);
    expect(named.stderr).toBe(
      "govx: /dev/zero: not a regular file but a device (to read a stream, give '-' and redirect it)\n",
    );
    const fd = openSync('/dev/zero', 'r');
    try {
      const piped = govx(['extract', '-'], fd);
      expect(piped.status).toBe(1);
      expect(piped.stderr).toBe('govx: stdin: input looks binary (contains NUL bytes)\n');
    } finally {
      closeSync(fd);
    }
  });
});

/**
 * Peak memory of the CLI reading `mb` megabytes of JSONL from a pipe: lines
 * of 100 KB padding (cheap: each is a bad-jsonl record) with a real article
 * every 100 lines. A wrapper prints the child's peak RSS after the run.
 */
async function peakRss(mb: number): Promise<{ rss: number; out: string[] }> {
  const wrapper = join(tmp, 'rss.mjs');
  writeFileSync(
    wrapper,
    `import { main } from ${JSON.stringify(resolve('dist/cli/main.js'))};
import { processIO } from ${JSON.stringify(resolve('dist/cli/io.js'))};
const code = await main(process.argv.slice(2), processIO());
process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;
`,
  );
  const child = spawn(process.execPath, [wrapper, 'extract', '-', '-j', '1', '-q', '--no-text'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pad = 'a'.repeat(100 * 1024);
  function* input() {
    for (let i = 0; i < mb * 10; i++) {
      yield i % 100 === 0
        ? `${JSON.stringify({ id: `r${i}`, text: '白河镇召开会议,镇党委书记王刚主持会议。' })}\n`
        : `{"id":"p${i}","text":0,"pad":"${pad}"}\n`;
    }
  }
  Readable.from(input()).pipe(child.stdin);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  await new Promise((done) => child.on('close', done));
  const m = /maxRSS (\d+)/.exec(err);
  if (!m) throw new Error(`no maxRSS in: ${err}`);
  return { rss: Number(m[1]) * 1024, out: out.trim().split('\n') };
}

describe('memory on standard input', () => {
  it('stays flat for ten times the input: stdin is streamed line by line, not read whole', async () => {
    const small = await peakRss(20);
    const large = await peakRss(200);
    expect(small.out).toHaveLength(200);
    expect(large.out).toHaveLength(2000);
    expect(JSON.parse(large.out[1900] as string)).toMatchObject({ id: 'r1900', officials: [{ name: '王刚' }] });
    expect(JSON.parse(large.out[1] as string)).toMatchObject({ id: 'p1', error: { code: 'bad-jsonl' } });
    // Read whole, 180 MB more input would add about as much to the peak; streamed, next to nothing.
    const grew = large.rss - small.rss;
    expect(grew, `peak RSS ${formatBytes(small.rss)} for 20 MB, ${formatBytes(large.rss)} for 200 MB`).toBeLessThan(
      64 * 1024 ** 2,
    );
  }, 60_000);
});
