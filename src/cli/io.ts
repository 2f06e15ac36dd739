/** The process's own IO for the CLI; the contract itself lives in src/io.ts. */
import type { IO } from '../io.js';
import { fdWriter } from './stdout.js';

export { CliError, EXIT, type IO } from '../io.js';

export function processIO(): IO {
  return {
    stdout: fdWriter(1, 'stdout'),
    stderr: process.stderr,
    stdin: { isTTY: process.stdin.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
    stdinChunks: () => process.stdin,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
