/** govx validate: checks JSON or JSONL records against the schema. */
import type { Command } from 'commander';
import { validateErrorRecord, validateRecord } from '../../schema/validate.js';
import { jsonValues } from '../../input/json-values.js';
import { openChunks } from '../../input/read.js';
import { EXIT, type IO } from '../io.js';
import { inputsOrStdin } from '../stdin-input.js';

export function registerValidate(program: Command, io: IO, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check JSON or JSONL records (and error records) against their schemas')
    .argument('[file]', "a .json or .jsonl file, or '-' for standard input (the default when it is not a terminal)")
    .option('-q, --quiet', 'no summary line on stderr (the problems still go to stdout)')
    .addHelpText('after', `\nExamples:\n  govx extract a.txt b.txt | govx validate -\n  govx validate records.jsonl`)
    .action(async (file: string | undefined, flags: { quiet?: boolean }, command: Command) => {
      const input = inputsOrStdin(file === undefined ? [] : [file], io, command)[0] as string;
      setExit(await runValidate(input, flags.quiet === true, io));
    });
}

async function runValidate(file: string, quiet: boolean, io: IO): Promise<number> {
  let count = 0;
  let bad = 0;
  let errors = 0;
  for await (const item of jsonValues(await openChunks(file, io))) {
    count++;
    const where = `${file === '-' ? 'stdin' : file}:${item.line}`;
    if ('error' in item) {
      bad++;
      io.stdout.write(`${where}: ${item.error}\n`);
      continue;
    }
    const { value } = item;
    // An error record (a failed input's line) is checked against the error schema, and listed.
    const isError = !!value && typeof value === 'object' && 'error' in value && !('schemaVersion' in value);
    const issues = isError ? validateErrorRecord(value) : validateRecord(value);
    if (isError && issues.length === 0) {
      errors++;
      const { id, error } = value as unknown as { id: string; error: { code: string; message: string } };
      io.stdout.write(`${where} [${id}]: error record (${error.code}: ${error.message})\n`);
      continue;
    }
    if (issues.length === 0) continue;
    bad++;
    const id = value && typeof value === 'object' && 'id' in value ? ` [${String((value as { id: unknown }).id)}]` : '';
    for (const i of issues) io.stdout.write(`${where}${id}: ${i.path}: ${i.message}\n`);
  }
  const ofThem = errors > 0 ? ` (${errors} ${errors === 1 ? 'an error record' : 'error records'})` : '';
  if (!quiet) io.stderr.write(`${count} records, ${count - bad} valid${ofThem}, ${bad} invalid\n`);
  return bad > 0 ? EXIT.failed : EXIT.ok;
}
