#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli/main.js';
import { processIO } from '../dist/cli/io.js';

// Less inlining in V8's optimising compiler: the extractors are large, and with
// the default budget each worker thread spends about two seconds of CPU compiling
// them, time taken from the other workers on a small machine. Measured: the same
// steady-state speed, a quarter less compile work (see README, Benchmarks).
if (
  !/max-inlined-bytecode-size/.test(process.env.NODE_OPTIONS ?? '') &&
  !process.execArgv.some((a) => a.includes('max-inlined-bytecode-size'))
) {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}

// stdout is written through its file descriptor (src/cli/stdout.ts), never
// through process.stdout: a closed pipe (govx … | head) stops the writing
// quietly and the command still returns the run's exit code; a full disk or
// another write error is one line on stderr and exit 2.
// A stderr that cannot be written (closed: govx … 2>&1 | head) has no one
// left to tell: its errors are dropped and the exit code stays the run's.
process.stderr.on('error', () => {});
process.exitCode = await main(process.argv.slice(2), processIO());
