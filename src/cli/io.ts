/** The process's own IO for the CLI; the contract itself lives in src/io.ts. */
import { EXIT, type IO, type StopSignal } from '../io.js';
import { fdWriter } from './stdout.js';

export { CliError, EXIT, type IO, type StopSignal } from '../io.js';

export function processIO(): IO {
  return {
    stdout: fdWriter(1, 'stdout'),
    stderr: process.stderr,
    stdin: { isTTY: process.stdin.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
    stdinChunks: () => process.stdin,
    onSignal(handler) {
      let seen = false;
      const on = (signal: StopSignal) => {
        // The first signal lets the run stop cleanly; a second one ends it now.
        if (seen) process.exit(EXIT[signal]);
        seen = true;
        handler(signal);
      };
      process.on('SIGINT', on);
      process.on('SIGTERM', on);
      return () => {
        process.off('SIGINT', on);
        process.off('SIGTERM', on);
      };
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
