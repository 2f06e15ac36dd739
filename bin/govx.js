#!/usr/bin/env node
import { main } from '../dist/cli/main.js';
import { processIO } from '../dist/cli/io.js';

// A closed pipe (govx … | head) ends the run quietly, as other Unix tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2), processIO());
