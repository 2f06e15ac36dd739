/** govx check: regression over fixtures/<case>/{input.txt, expected.json}. */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { canonical, diffRecords, FIXTURE_EXPECTED, FIXTURE_INPUT, fixtureRecord } from '../../check/fixture.js';
import { decodeBytes } from '../../input/decode.js';
import { colorsFor } from '../color.js';
import { CliError, EXIT, type IO } from '../io.js';

export function registerCheck(program: Command, io: IO, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('re-extract every fixture and compare with its expected.json')
    .argument('[dir]', 'folder of cases, each with input.txt and expected.json', 'fixtures')
    .option('-q, --quiet', 'print only the cases that differ, and the summary')
    .option('--update', 'rewrite expected.json from the current output (review the git diff!)')
    .addHelpText('after', `\nExamples:\n  govx check fixtures\n  govx check fixtures --update && git diff fixtures/`)
    .action(async (dir: string, flags: { update?: boolean; quiet?: boolean }) => {
      setExit(await runCheck(dir, flags.update === true, flags.quiet === true, io));
    });
}

async function listCases(dir: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new CliError(`${dir}: cannot read fixture folder`, EXIT.usage);
  }
  const cases: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const files = await readdir(join(dir, e.name));
    if (files.includes(FIXTURE_INPUT)) cases.push(e.name);
  }
  return cases.sort();
}

async function runCheck(dir: string, update: boolean, quiet: boolean, io: IO): Promise<number> {
  const c = colorsFor(io.stdout, io.env);
  const cases = await listCases(dir);
  if (cases.length === 0) throw new CliError(`${dir}: no fixture cases (folders with ${FIXTURE_INPUT})`, EXIT.usage);
  let failed = 0;
  let updated = 0;
  for (const name of cases) {
    const text = decodeBytes(await readFile(join(dir, name, FIXTURE_INPUT))).text;
    const actual = canonical(fixtureRecord(name, text));
    const expectedPath = join(dir, name, FIXTURE_EXPECTED);
    let expected: string | null = null;
    try {
      expected = canonical(JSON.parse(await readFile(expectedPath, 'utf8')));
    } catch {
      expected = null;
    }
    if (expected === actual) {
      if (!quiet) io.stdout.write(`${c.green('ok')}   ${name}\n`);
      continue;
    }
    if (update) {
      await writeFile(expectedPath + '.tmp', actual);
      await rename(expectedPath + '.tmp', expectedPath);
      updated++;
      io.stdout.write(`${c.yellow('upd')}  ${name}\n`);
      continue;
    }
    failed++;
    io.stdout.write(
      `${c.red('FAIL')} ${name}${expected === null ? ` (no readable ${FIXTURE_EXPECTED}; run with --update and review)` : ''}\n`,
    );
    if (expected === null) continue;
    io.stdout.write(c.dim(`  --- expected  +++ actual\n`));
    for (const line of diffRecords(expected, actual)) {
      if (line.kind === 'add') io.stdout.write(c.green(`  + ${line.text}`) + '\n');
      else if (line.kind === 'remove') io.stdout.write(c.red(`  - ${line.text}`) + '\n');
      else io.stdout.write(c.dim(`    ${line.text}`) + '\n');
    }
  }
  const summary = `${cases.length} cases: ${cases.length - failed - updated} unchanged, ${failed} differ${update ? `, ${updated} updated` : ''}`;
  io.stdout.write((failed > 0 ? c.red(summary) : c.green(summary)) + '\n');
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
