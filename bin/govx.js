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

// A closed pipe (govx … | head) ends the run quietly, as other Unix tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2), processIO());
