/** govx stats [records…]: counts over saved records and error lines, for a person or (--json) a program. */
import type { Command } from 'commander';
import type { RecordReadStats } from '../../input/records.js';
import { formatStats, StatsCollector } from '../../output/stats.js';
import type { IO } from '../io.js';
import { forEachLine } from '../read-lines.js';

export function registerStats(program: Command, io: IO): void {
  program
    .command('stats')
    .description('counts over saved records: articles, errors, items per field, top organisations and officials, dates')
    .argument('[records...]', "JSONL/JSON record files, --out folders, or '-' for standard input", ['-'])
    .option('--json', 'the same as one JSON object')
    .option('-q, --quiet', 'no note on stderr about skipped lines')
    .addHelpText(
      'after',
      `
Examples:
  govx extract corpus/ --no-text > records.jsonl; govx stats records.jsonl
  govx stats records/ --json | jq '.errorsByCode'

Articles are output lines: records and error lines (counted by error code).
Items per field: total and mean per record. Top 10 organisations (by resolved
name when known) and officials by the number of articles mentioning them.
Date span: earliest and latest dates[].value of day precision, and of
meta.publishedAt.`,
    )
    .action(async (args: string[], flags: { json?: boolean; quiet?: boolean }) => {
      const collector = new StatsCollector();
      const read: RecordReadStats = { records: 0, skipped: 0 };
      await forEachLine(args, io, read, (line) => collector.add(line));
      const stats = collector.result();
      io.stdout.write(flags.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
      if (read.skipped && !flags.quiet)
        io.stderr.write(`govx: ${read.skipped} lines skipped (neither records nor error lines)\n`);
    });
}
