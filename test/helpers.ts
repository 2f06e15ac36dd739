/** Test helpers: run the real CLI in-process with captured streams; temporary files; JSONL output. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { IO } from '../src/cli/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: {
    stdin?: Buffer | string;
    env?: Record<string, string>;
    tty?: boolean;
    stderrTTY?: boolean;
    stdinTTY?: boolean;
  } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTTY ?? false },
    stdin: { isTTY: options.stdinTTY ?? false },
    env: options.env ?? {},
    cwd: process.cwd(),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder and a writer of files below it (folders made as needed); returns the folder and `put`. */
export function tempTree(prefix: string): { dir: string; put: (rel: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const put = (rel: string, content: string | Buffer): string => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
    return p;
  };
  return { dir, put };
}

/** The JSON values of JSONL output, one per line (as JSON.parse types them: tests look inside freely). */
// biome-ignore lint/suspicious/noExplicitAny: parsed test output of any shape, as JSON.parse returns it
export function jsonLines(s: string): any[] {
  return s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}
