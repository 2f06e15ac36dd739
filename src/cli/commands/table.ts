/** govx table NAME [records…]: saved records (and error lines) into the CSV tables of `extract --table`. */
import type { Command } from 'commander';
import type { RecordReadStats } from '../../input/records.js';
import { TABLE_NAMES } from '../../output/tables.js';
import type { IO } from '../io.js';
import { forEachLine } from '../read-lines.js';
import { openTableOut, tableNames } from '../table-out.js';

export function registerTable(program: Command, io: IO): void {
  program
    .command('table')
    .description('turn saved records into CSV tables (the same as extract --table), without extracting again')
    .argument('<names>', `table name, or several comma-separated with --out: ${TABLE_NAMES.join(', ')}`)
    .argument('[records...]', "JSONL/JSON record files, --out folders, or '-' for standard input", ['-'])
    .option('--out <dir>', 'write one <table>.csv per table into this folder (needed for several)')
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Examples:
  govx extract corpus/ --no-text > records.jsonl
  govx table articles records.jsonl > articles.csv
  govx table articles,officials,dates records.jsonl --out tables/
  govx table officials records/        # a folder written by extract --out

Error lines become rows of the articles table (errorCode, errorMessage); lines
that are neither records nor error lines are skipped and counted.`,
    )
    .action(async (names: string, args: string[], flags: { out?: string; quiet?: boolean }) => {
      const tables = tableNames([names]);
      const out = await openTableOut(tables, flags.out, io);
      const stats: RecordReadStats = { records: 0, skipped: 0 };
      await forEachLine(args, io, stats, (line) => out.write(line));
      await out.close();
      if (!flags.quiet)
        io.stderr.write(
          `govx: ${stats.records} lines read${stats.skipped ? `, ${stats.skipped} skipped (not records)` : ''}\n`,
        );
    });
}
