/** govx extract: inputs → one JSON record, or JSONL for several inputs. */
import type { Command } from 'commander';
import { expandInputs, UNREADABLE } from '../../input/sources.js';
import { runItem, type ItemResult } from '../../pipeline/run-item.js';
import { toJson } from '../../output/json.js';
import { CliError, EXIT, type IO } from '../io.js';

interface ExtractFlags {
  pretty?: boolean;
  text: boolean;
  jsonl?: boolean;
  glob?: string;
}

export function registerExtract(program: Command, io: IO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract officials, dates, documents and meetings from articles')
    .argument('[inputs...]', "text or HTML files, folders, JSONL corpora, or '-' for standard input", ['-'])
    .option('--pretty', 'indent the JSON (one record only)')
    .option('--jsonl', 'one record per line even for a single article')
    .option('--glob <pattern>', 'files to take from folders (default: text, HTML and JSONL files)')
    .option('--no-text', 'leave the article text out of the record')
    .addHelpText(
      'after',
      `
Examples:
  govx extract fixtures/seed-town-meeting/input.txt --pretty
  cat article.txt | govx extract - | jq '.officials[].name'
  govx extract corpus/ --glob '**/*.html' --no-text > records.jsonl
  govx extract articles.jsonl > records.jsonl   # lines {id, text|html, url?, publishedAt?}

A single article prints one JSON record; several (more than one input, a
folder, or a JSONL corpus) print JSONL, one line per article in input order.
An article that cannot be processed prints an error record
{id, input, error: {code, message}} in its place and a line on stderr.`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      setExit(await runExtract(inputs, flags, io));
    });
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: IO): Promise<number> {
  const manyArgs = flags.jsonl === true || inputs.length > 1;
  if (flags.pretty && manyArgs) throw new CliError('--pretty prints one record; it cannot be used with several inputs or --jsonl');
  const items = expandInputs(inputs, flags.glob !== undefined ? { glob: flags.glob } : {}, io);
  let exit: number = EXIT.ok;
  // The first result is held back: a lone article prints as JSON, more as JSONL.
  let first: ItemResult | null = null;
  let streaming = manyArgs;
  const emit = (r: ItemResult) => io.stdout.write(toJson(r.ok ? r.record : r.error, false) + '\n');
  for await (const item of items) {
    const result = runItem(item, { includeText: flags.text });
    if (!result.ok) {
      const e = result.error;
      io.stderr.write(`govx: ${e.input === '-' ? 'stdin' : e.input}: ${e.error.message}\n`);
      exit = Math.max(exit, e.error.code === UNREADABLE ? EXIT.usage : EXIT.failed);
    }
    if (!streaming && first === null) {
      first = result;
      continue;
    }
    if (!streaming) {
      if (flags.pretty) throw new CliError('--pretty prints one record; the input holds several articles');
      streaming = true;
      if (first) emit(first);
    }
    emit(result);
  }
  // A lone article that failed is reported on stderr only.
  if (!streaming && first?.ok) io.stdout.write(toJson(first.record, flags.pretty === true) + '\n');
  return exit;
}
