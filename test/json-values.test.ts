/** JSON or JSONL read as a stream with a size limit: what validate and officials read. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonValues } from '../src/input/json-values.js';
import { readRaw } from '../src/input/read.js';
import { runCli } from './helpers.js';

async function read(text: string, maxBytes?: number, chunk = 7) {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out = [];
  for await (const v of jsonValues(chunks, maxBytes)) out.push(v);
  return out;
}

describe('jsonValues', () => {
  it('reads JSONL line by line, skipping blank lines and a byte-order mark', async () => {
    expect(await read('\ufeff{"id":"a"}\n\n{"id":"b"}\r\n')).toEqual([
      { line: 1, value: { id: 'a' } },
      { line: 3, value: { id: 'b' } },
    ]);
  });

  it('reads one pretty-printed document as one value', async () => {
    expect(await read('{\n  "id": "a",\n  "n": [1, 2]\n}\n')).toEqual([{ line: 1, value: { id: 'a', n: [1, 2] } }]);
  });

  it('reports each bad line when the text is neither', async () => {
    const out = await read('{"id":"a"}\nnot json\n{"id":"c"}\n');
    expect(out[0]).toEqual({ line: 1, value: { id: 'a' } });
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('not JSON') });
    expect(out[2]).toEqual({ line: 3, value: { id: 'c' } });
  });

  it('turns a line or a document over the limit into one error and goes on', async () => {
    const long = `{"t":"${'x'.repeat(200)}"}`;
    expect(await read(`{"id":"a"}\n${long}\n{"id":"c"}\n`, 100)).toEqual([
      { line: 1, value: { id: 'a' } },
      { line: 2, error: 'line is over the 100 bytes limit' },
      { line: 3, value: { id: 'c' } },
    ]);
    const pretty = `{\n${Array.from({ length: 40 }, (_, i) => `  "k${i}": ${i},`).join('\n')}\n  "z": 0\n}\n`;
    expect(await read(pretty, 100)).toEqual([{ line: 1, error: 'document is over the 100 bytes limit' }]);
  });
});

describe('govx validate on what cannot be read as a file', () => {
  it('refuses a FIFO at once (exit 2) instead of waiting on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govx-fifo-'));
    const fifo = join(dir, 'records.jsonl');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = spawnSync(process.execPath, ['bin/govx.js', 'validate', fifo], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  });

  it('reads a folder as a usage error', async () => {
    const r = await runCli(['validate', 'fixtures']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a directory');
  });
});

describe('one-article commands (segment)', () => {
  it('refuses a FIFO at once (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govx-fifo-'));
    const fifo = join(dir, 'a.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = spawnSync(process.execPath, ['bin/govx.js', 'segment', fifo], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  });

  it('refuses a file or standard input over the limit before holding it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govx-big-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, '镇长王刚'.repeat(100));
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: dir };
    await expect(readRaw(file, { ...io, readStdin: async () => Buffer.alloc(0) }, 100)).rejects.toThrow(
      'over the 100 bytes limit',
    );
    const chunks = async function* () {
      for (let i = 0; i < 10; i++) yield Buffer.alloc(50, 0x41);
    };
    await expect(
      readRaw('-', { ...io, readStdin: async () => Buffer.alloc(0), stdinChunks: chunks }, 100),
    ).rejects.toThrow('stdin: over the 100 bytes limit');
    expect((await readRaw(file, { ...io, readStdin: async () => Buffer.alloc(0) })).bytes.length).toBe(1200);
  });
});
