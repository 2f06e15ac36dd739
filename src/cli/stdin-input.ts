/**
 * Commands that read standard input when given no input: on a terminal nobody
 * piped anything, so they print their usage and exit 2 (as jq and ripgrep do)
 * instead of waiting silently. An explicit '-' still reads the terminal.
 */
import type { Command } from 'commander';
import { CliError, type IO } from './io.js';

export function inputsOrStdin(args: string[], io: IO, command: Command): string[] {
  if (args.length > 0) return args;
  if (io.stdin?.isTTY === true) {
    io.stderr.write(`Usage: govx ${command.name()} ${command.usage()}\n`);
    throw new CliError(
      `${command.name()}: no input given and standard input is a terminal: name a file, pipe into it, or give '-' to type (run with --help for usage)`,
    );
  }
  return ['-'];
}
