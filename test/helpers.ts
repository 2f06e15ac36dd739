/** Test helpers: run the real CLI in-process with captured streams. */
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
