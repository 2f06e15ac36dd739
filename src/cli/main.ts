/**
 * The commander program. main() returns the exit code; only bin/govx.js
 * touches the process, so tests run the real CLI with their own argv and IO.
 */
import { Command, CommanderError } from 'commander';
import { registerCheck } from './commands/check.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerOfficials } from './commands/officials.js';
import { registerSchema } from './commands/schema.js';
import { registerSegment } from './commands/segment.js';
import { registerStats } from './commands/stats.js';
import { registerTable } from './commands/table.js';
import { registerValidate } from './commands/validate.js';
import { CliError, EXIT, type IO } from './io.js';
import { VERSION } from '../version.js';

export async function main(argv: string[], io: IO): Promise<number> {
  let exit: number = EXIT.ok;
  const setExit = (code: number) => {
    exit = code;
  };
  const program = new Command('govx')
    .description('Structured JSON from Chinese government news: officials and their posts, dates, documents, meetings.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Examples:
  govx extract article.txt --pretty
  cat a.txt | govx extract - | jq '.officials[] | {name, titles: [.titles[].text]}'
  govx eval gold/                 # a folder of gold files (corpus format)
  govx check fixtures

Exit codes: 0 ok; 1 an input could not be processed, a record was invalid or a
fixture differs; 2 usage error, unreadable path or output that cannot be written;
130/143 extract stopped by SIGINT/SIGTERM (what was written stays whole).
A closed stdout (| head) stops the writing quietly; the exit code still tells
whether anything failed.`,
    );
  registerExtract(program, io, setExit);
  registerValidate(program, io, setExit);
  registerCheck(program, io, setExit);
  registerEval(program, io);
  registerOfficials(program, io);
  registerSchema(program, io);
  registerSegment(program, io);
  registerTable(program, io);
  registerStats(program, io);
  for (const c of program.commands) {
    c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version arrive here as "errors" with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof CliError) {
      io.stderr.write(`govx: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
