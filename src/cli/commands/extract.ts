/** govx extract: inputs → one JSON record, or JSONL for several inputs. */
import type { Command } from 'commander';
import { extract } from '../../pipeline/extract.js';
import { validateRecord } from '../../schema/validate.js';
import { assertHasText, decodeBytes, InputError } from '../../input/decode.js';
import { readRaw } from '../../input/read.js';
import { toJson } from '../../output/json.js';
import type { ErrorRecord } from '../../record.js';
import { CliError, EXIT, type IO } from '../io.js';

interface ExtractFlags {
  pretty?: boolean;
  text: boolean;
  jsonl?: boolean;
}

export function registerExtract(program: Command, io: IO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract officials, dates, documents and meetings from articles')
    .argument('[inputs...]', "text files, or '-' for standard input", ['-'])
    .option('--pretty', 'indent the JSON (one input only)')
    .option('--jsonl', 'one record per line even for a single input')
    .option('--no-text', 'leave the article text out of the record')
    .addHelpText(
      'after',
      `
Examples:
  govx extract fixtures/seed-town-meeting/input.txt --pretty
  cat article.txt | govx extract - | jq '.officials[].name'
  govx extract a.txt b.txt --no-text > records.jsonl

One input prints one JSON record; several print JSONL, one line per input in
the order given. An input that cannot be processed prints an error record
{id, input, error:{code, message}} in JSONL mode and a line on stderr.`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      setExit(await runExtract(inputs, flags, io));
    });
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: IO): Promise<number> {
  const jsonl = flags.jsonl === true || inputs.length > 1;
  if (flags.pretty && jsonl) throw new CliError('--pretty prints one record; it cannot be used with several inputs or --jsonl');
  let exit: number = EXIT.ok;
  for (const path of inputs) {
    let raw;
    try {
      raw = await readRaw(path, io);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      io.stderr.write(`govx: ${err.message}\n`);
      if (jsonl) writeError(io, path, path, 'unreadable', err.message);
      exit = Math.max(exit, err.exitCode);
      continue;
    }
    const name = path === '-' ? 'stdin' : path;
    try {
      const { text, encoding } = decodeBytes(raw.bytes);
      assertHasText(text);
      const record = extract(text, {
        ...(raw.stem !== null ? { id: raw.stem } : {}),
        path,
        format: 'text',
        encoding,
        includeText: flags.text,
      });
      const issues = validateRecord(record);
      if (issues.length > 0) {
        const detail = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        io.stderr.write(`govx: ${name}: record failed schema validation (a govx bug): ${detail}\n`);
        if (jsonl) writeError(io, record.id, path, 'invalid-record', detail);
        exit = Math.max(exit, EXIT.failed);
        continue;
      }
      io.stdout.write(toJson(record, flags.pretty === true && !jsonl) + '\n');
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`govx: ${name}: ${err.message}\n`);
      if (jsonl) writeError(io, raw.stem ?? name, path, err.code, err.message);
      exit = Math.max(exit, EXIT.failed);
    }
  }
  return exit;
}

function writeError(io: IO, id: string, input: string, code: string, message: string): void {
  const record: ErrorRecord = { id, input, error: { code, message } };
  io.stdout.write(JSON.stringify(record) + '\n');
}
