/** govx validate: checks JSON or JSONL records against the schema. */
import type { Command } from 'commander';
import { validateRecord } from '../../schema/validate.js';
import { readTextInput } from '../../input/read.js';
import { EXIT, type IO } from '../io.js';

export function registerValidate(program: Command, io: IO, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check JSON or JSONL records against the record schema')
    .argument('[file]', "a .json or .jsonl file, or '-' for standard input", '-')
    .addHelpText('after', `\nExamples:\n  govx extract a.txt b.txt | govx validate -\n  govx validate records.jsonl`)
    .action(async (file: string) => {
      setExit(await runValidate(file, io));
    });
}

/** Splits input into records: one JSON document, or one per non-empty line. */
function parseRecords(text: string): Array<{ line: number; value: unknown; error?: string }> {
  const trimmed = text.trim();
  try {
    const whole: unknown = JSON.parse(trimmed);
    if (!trimmed.includes('\n') || !Array.isArray(whole)) return [{ line: 1, value: whole }];
  } catch {
    // not a single document: fall through to JSONL
  }
  const out: Array<{ line: number; value: unknown; error?: string }> = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch (err) {
      out.push({ line: i + 1, value: null, error: `not JSON (${(err as Error).message})` });
    }
  });
  return out;
}

async function runValidate(file: string, io: IO): Promise<number> {
  const text = await readTextInput(file, io);
  const records = parseRecords(text);
  let bad = 0;
  for (const { line, value, error } of records) {
    const where = `${file === '-' ? 'stdin' : file}:${line}`;
    if (error) {
      bad++;
      io.stdout.write(`${where}: ${error}\n`);
      continue;
    }
    if (value && typeof value === 'object' && 'error' in value && !('schemaVersion' in value)) {
      bad++;
      const e = (value as { error?: { code?: string; message?: string } }).error;
      io.stdout.write(`${where}: error record (${e?.code ?? '?'}: ${e?.message ?? ''})\n`);
      continue;
    }
    const issues = validateRecord(value);
    if (issues.length === 0) continue;
    bad++;
    const id = value && typeof value === 'object' && 'id' in value ? ` [${String((value as { id: unknown }).id)}]` : '';
    for (const i of issues) io.stdout.write(`${where}${id}: ${i.path}: ${i.message}\n`);
  }
  io.stderr.write(`${records.length} records, ${records.length - bad} valid, ${bad} invalid\n`);
  return bad > 0 ? EXIT.failed : EXIT.ok;
}
