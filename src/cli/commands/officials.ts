/** govx officials: one row per official and post across many records. */
import type { Command } from 'commander';
import { readRecords, type RecordReadStats } from '../../input/records.js';
import { toCsv } from '../../output/csv.js';
import { Registry } from '../../registry/officials.js';
import { CliError, EXIT, type IO } from '../io.js';
import { inputsOrStdin } from '../stdin-input.js';

export function registerOfficials(program: Command, io: IO): void {
  program
    .command('officials')
    .description(
      'fold many records into a registry: one row per official and post, with first/last seen and article ids',
    )
    .argument(
      '[records...]',
      "JSONL/JSON record files, --out folders, or '-' for standard input (the default when it is not a terminal)",
    )
    .option('--format <format>', 'json or csv', 'json')
    .option('-q, --quiet', 'no summary line on stderr')
    .addHelpText(
      'after',
      `
Examples:
  govx extract corpus/ --no-text | govx officials - --format csv > officials.csv
  govx officials records/ --format json | jq '.[] | select(.articles > 3)'

Columns: name, title (as written), org, orgResolved, firstSeen, lastSeen
(article publication dates, else the article's latest dated expression),
articles, articleIds (';'-separated in CSV).`,
    )
    .action(async (given: string[], flags: { format: string; quiet?: boolean }, command: Command) => {
      const args = inputsOrStdin(given, io, command);
      if (flags.format !== 'json' && flags.format !== 'csv')
        throw new CliError(`--format takes json or csv, not "${flags.format}"`);
      const registry = new Registry();
      const stats: RecordReadStats = { records: 0, skipped: 0 };
      try {
        for await (const r of readRecords(args, io, stats)) registry.add(r);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EACCES')
          throw new CliError(`cannot read ${(err as NodeJS.ErrnoException).path ?? 'input'} (${code})`, EXIT.usage);
        throw err;
      }
      const rows = registry.result();
      if (flags.format === 'csv') {
        io.stdout.write(
          toCsv(
            ['name', 'title', 'org', 'orgResolved', 'firstSeen', 'lastSeen', 'articles', 'articleIds'],
            rows.map((r) => [
              r.name,
              r.title,
              r.org,
              r.orgResolved,
              r.firstSeen,
              r.lastSeen,
              r.articles,
              r.articleIds.join(';'),
            ]),
          ),
        );
      } else io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      if (!flags.quiet)
        io.stderr.write(
          `${stats.records} records read${stats.skipped ? `, ${stats.skipped} lines skipped (error records or not records)` : ''}; ${rows.length} rows\n`,
        );
    });
}
