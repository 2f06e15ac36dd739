/**
 * govx extract: inputs → one JSON record, or a JSONL stream for many.
 * A lone article runs inline (fast start); anything more goes through the
 * worker pool in input order, with a time limit per article.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { parseByteSize } from '../../input/lines.js';
import { countInputs, expandInputs, type SourceOptions, UNREADABLE, type WorkItem } from '../../input/sources.js';
import { toJson } from '../../output/json.js';
import { TABLE_NAMES, type OutputLine } from '../../output/tables.js';
import { itemSize, runBatch, type BatchSummary } from '../../run/batch.js';
import { stdinChunks } from '../../input/read.js';
import { runLone } from '../../run/lone.js';
import { IdCounter, openOutDir, outFileBase } from '../../run/out-dir.js';
import { type ByteProgress, createByteProgress, createProgress, type Progress } from '../../run/progress.js';
import { CliError, EXIT, type IO } from '../io.js';
import { openTableOut, tableNames, type TableOut } from '../table-out.js';
import { withOutputFile } from '../output-file.js';
import { inputsOrStdin } from '../stdin-input.js';
import { describeInterrupt, watchSignals } from '../interrupt.js';

interface ExtractFlags {
  pretty?: boolean;
  text: boolean;
  jsonl?: boolean;
  glob?: string;
  jobs?: string;
  timeout: string;
  out?: string;
  output?: string;
  resume?: boolean;
  quiet?: boolean;
  progress: boolean;
  allowErrors?: boolean;
  format?: string;
  table: string[];
  maxBytes: string;
}

export function registerExtract(program: Command, io: IO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract officials, dates, documents and meetings from articles')
    .argument(
      '[inputs...]',
      "text, HTML or JSON article files, folders, JSONL corpora, or '-' for standard input (the default when it is not a terminal)",
    )
    .option('--pretty', 'indent the JSON (one record only)')
    .option('--jsonl', 'one record per line even for a single article')
    .option('--glob <pattern>', 'files to take from folders (default: text, HTML, JSON and JSONL files)')
    .option('--no-text', 'leave the article text out of the record')
    .option('--format <format>', 'json (JSON or JSONL records, the default) or csv (needs --table)')
    .option(
      '--table <names>',
      `CSV tables instead of records (comma-separated or repeated; several need --out DIR): ${TABLE_NAMES.join(', ')}`,
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option(
      '-j, --jobs <n>',
      `worker threads (default: 1 for stdin or under ${MANY_ARTICLES.toLocaleString('en')} articles, where a second is slower; else the cores, ${availableParallelism()})`,
    )
    .option('--timeout <ms>', 'time limit per article; over it the article becomes an error record', '60000')
    .option(
      '--max-bytes <size>',
      'size limit of one article (file, JSONL line or stdin), e.g. 64M, 1G; over it: an error record',
      '64M',
    )
    .option('-o, --output <file>', 'write what would go to stdout into this file (replaced only when the run ends)')
    .option('--out <dir>', 'write one <id>.json per article (with --table: one <table>.csv) into this folder')
    .option('--resume', 'with --out: skip articles whose record is already there')
    .option('--allow-errors', 'exit 0 even when some articles failed (they still get error records)')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .option('--no-progress', 'no progress line even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  govx extract fixtures/seed-town-meeting/input.txt --pretty
  cat article.txt | govx extract - | jq '.officials[].name'
  govx extract corpus/ --glob '**/*.html' --no-text > records.jsonl
  govx extract articles.jsonl -j 8 > records.jsonl   # lines {id, text|html, url?, publishedAt?}
  govx extract corpus/ --out records/ --resume       # restartable; one file per article
  govx extract corpus/ --table articles > articles.csv
  govx extract corpus/ --table articles,officials,dates --out tables/

A single article prints one JSON record; several (more than one input, a
folder, or a JSONL corpus) print JSONL, exactly one line per article in input
order: the record, or an error record {id, input, error: {code, message}}.
A summary goes to stderr at the end. Exit 0 when every article gave a record,
1 when any failed (unless --allow-errors), 2 for usage errors, unreadable paths or
output that cannot be written (full disk, read-only folder …).`,
    )
    .action(async (inputs: string[], flags: ExtractFlags, command: Command) => {
      const given = inputsOrStdin(inputs, io, command);
      setExit(await withOutputFile(flags.output, io, (out) => runExtract(given, flags, out)));
    });
}

/** The CSV tables asked for (--table implies --format csv), or null for JSON records. */
function csvTables(flags: ExtractFlags): string[] | null {
  if (flags.format !== undefined && flags.format !== 'json' && flags.format !== 'csv')
    throw new CliError(`--format takes json or csv, not "${flags.format}"`);
  const names = tableNames(flags.table);
  if (flags.format === 'json' && names.length > 0)
    throw new CliError('--table writes CSV; it cannot be used with --format json');
  if (flags.format === 'csv' && names.length === 0)
    throw new CliError(`--format csv needs --table, one or more of: ${TABLE_NAMES.join(', ')}`);
  return names.length > 0 ? names : null;
}

function positiveInt(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${flag} takes a whole number ≥ ${min}, not "${value}"`);
  return n;
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: IO): Promise<number> {
  const jobs = flags.jobs === undefined ? null : positiveInt(flags.jobs, '--jobs', 1);
  const tables = csvTables(flags);
  if (flags.output !== undefined && flags.out)
    throw new CliError('-o writes one file of records; --out writes one file per article: give one of them');
  if (tables && flags.resume)
    throw new CliError('--resume skips records already in --out; it does not go with --table');
  if (tables && flags.pretty) throw new CliError('--pretty is for JSON');
  if (tables && tables.length > 1 && !flags.out)
    throw new CliError(`several tables (${tables.join(', ')}) need --out DIR: one <table>.csv each`);
  const timeoutMs = positiveInt(flags.timeout, '--timeout', 0);
  if (flags.resume && !flags.out)
    throw new CliError('--resume needs --out <dir> (it skips articles whose file is already there)');
  const manyArgs = flags.jsonl === true || inputs.length > 1 || flags.out !== undefined;
  if (flags.pretty && manyArgs)
    throw new CliError('--pretty prints one record; it cannot be used with several inputs, --jsonl or --out');
  const maxBytes = parseByteSize(flags.maxBytes);
  if (maxBytes === null)
    throw new CliError(`--max-bytes takes a size such as 65536, 64M or 1G, not "${flags.maxBytes}"`);
  const sourceOptions: SourceOptions = { maxBytes };
  if (flags.glob !== undefined) sourceOptions.glob = flags.glob;
  if (!flags.quiet) sourceOptions.warn = (message) => io.stderr.write(`govx: ${message}\n`);
  // One large input (a big file, stdin) shows bytes read on a TTY until the article count takes over.
  const bytes =
    !flags.quiet && flags.progress && io.stderr.isTTY === true
      ? createByteProgress(
          io.stderr,
          inputs.length === 1 ? (inputs[0] === '-' ? 'stdin' : (inputs[0] as string)) : 'input',
          // Tests set the delay before the first draw (default: a second, so quick runs never show it).
          io.env.GOVX_PROGRESS_DELAY_MS ? { delayMs: Number(io.env.GOVX_PROGRESS_DELAY_MS) } : {},
        )
      : null;
  const readIO: IO = bytes && inputs.includes('-') ? { ...io, stdinChunks: () => counted(stdinChunks(io), bytes) } : io;
  const items = expandInputs(inputs, sourceOptions, readIO)[Symbol.asyncIterator]();

  // Look ahead one item: a lone article is printed as plain JSON, inline.
  const first = await items.next();
  if (first.done) {
    bytes?.stop();
    throw new CliError('no articles found in the inputs given');
  }
  const second = manyArgs ? null : await items.next();
  if (second?.done) {
    if (!inputs.includes('-')) bytes?.read(itemSize(first.value));
    bytes?.extracting();
    const result = await runLone(first.value, { includeText: flags.text, timeoutMs }).finally(() => bytes?.stop());
    if (tables) {
      const tableOut = await openTableOut(tables, flags.out, io);
      await tableOut.write(result.ok ? result.record : (result.error as OutputLine));
      await tableOut.close();
    }
    if (result.ok) {
      if (!tables) io.stdout.write(toJson(result.record, flags.pretty === true) + '\n');
      return EXIT.ok;
    }
    io.stderr.write(
      `govx: ${first.value.input === '-' ? 'stdin' : first.value.input}: ${result.error.error.message}\n`,
    );
    return result.error.error.code === UNREADABLE ? EXIT.usage : EXIT.failed;
  }
  bytes?.stop();
  if (flags.pretty) throw new CliError('--pretty prints one record; the input holds several articles');

  const out = flags.out && !tables ? await openOutDir(flags.out) : null;
  const tableOut: TableOut | null = tables ? await openTableOut(tables, flags.out, io) : null;
  // --out: an id seen again gets a file of its own (a~2.json), reported once per id.
  const ids = out ? new IdCounter() : null;
  const numbered = (item: WorkItem): WorkItem => {
    if (!ids || !item.id) return item;
    item.copy = ids.next(item.id);
    if (item.copy === 2 && !flags.quiet)
      io.stderr.write(
        `govx: ${item.input}: id "${item.id}" seen before; further articles with it go to ${outFileBase(item.id, 2)}.json, ~3 …\n`,
      );
    return item;
  };
  async function* all(): AsyncGenerator<WorkItem> {
    yield numbered(first.value as WorkItem);
    if (second && !second.done) yield numbered(second.value);
    for (let n = await items.next(); !n.done; n = await items.next()) yield numbered(n.value);
  }
  let files = 0;

  const workers = jobs ?? (await defaultJobs(inputs, sourceOptions));
  const stderrTTY = io.stderr.isTTY === true;
  const progress: Progress | null =
    !flags.quiet && flags.progress && stderrTTY
      ? createProgress(io.stderr as NodeJS.WritableStream, await countInputs(inputs, sourceOptions))
      : null;
  let unreadable = false;
  let errors = 0;
  const started = Date.now();
  const signals = watchSignals(io);
  const summary = await runBatch(
    all(),
    {
      jobs: workers,
      includeText: flags.text,
      timeoutMs,
      // The reader of stdout went away (| head) or Ctrl-C: stop taking articles.
      shouldStop: () => io.stdout.closed === true || signals.signal !== null,
      ...(out && flags.resume
        ? {
            skip: (item: WorkItem) =>
              item.id && !item.failure ? out.hasValid(item.id, item.copy) : Promise.resolve(false),
          }
        : {}),
    },
    async (r) => {
      if (!r.ok) {
        errors++;
        if (r.code === UNREADABLE) unreadable = true;
        if (!progress && !flags.quiet)
          io.stderr.write(`govx: ${r.input === '-' ? 'stdin' : r.input}: ${r.message ?? r.code}\n`);
      }
      if (out) {
        await out.write(r.id, r.ok, r.line, r.copy);
        files++;
      }
      // Tables: a failed article has its row in the articles table only (with its error code).
      else if (tableOut) await tableOut.write(JSON.parse(r.line) as OutputLine);
      else io.stdout.write(r.line + '\n');
      progress?.tick(errors);
    },
  ).finally(() => signals.release());
  progress?.stop();
  await tableOut?.close();
  const stoppedBy = signals.signal;
  if (!flags.quiet) {
    const written = out
      ? `; ${files} files written to ${out.dir}${ids?.duplicates ? ` (${ids.duplicates} duplicate id${ids.duplicates === 1 ? '' : 's'})` : ''}`
      : '';
    io.stderr.write(describeSummary(summary, Date.now() - started, stoppedBy ?? undefined) + written + '\n');
  }
  if (stoppedBy) {
    io.stderr.write((await describeInterrupt(stoppedBy, summary, inputs, sourceOptions, flags.out)) + '\n');
    return EXIT[stoppedBy];
  }
  if (unreadable) return EXIT.usage;
  return summary.errors > 0 && !flags.allowErrors ? EXIT.failed : EXIT.ok;
}

/**
 * Below this many articles one worker is faster than two on a 2-core machine
 * (README, Benchmarks: -j 2 ran at 0.88–0.92× of -j 1 on 3,570 articles and
 * at 1.17× on 14,280; the crossover lies near 7,500).
 */
export const MANY_ARTICLES = 10_000;

/** -j by default: one worker unless the input is known to hold many articles (stdin: unknown, so one). */
export async function defaultJobs(inputs: string[], sourceOptions: SourceOptions): Promise<number> {
  const cores = availableParallelism();
  if (cores === 1) return 1;
  const count = await countInputs(inputs, sourceOptions, MANY_ARTICLES);
  return count !== null && count >= MANY_ARTICLES ? cores : 1;
}

async function* counted(chunks: AsyncIterable<Uint8Array>, progress: ByteProgress): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    progress.read(chunk.length);
    yield chunk;
  }
}

export function describeSummary(s: BatchSummary, ms: number, stopReason = 'stdout was closed'): string {
  const codes = Object.entries(s.byCode)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const secs = ms / 1000;
  const rate = secs > 0 ? ` (${(s.total / secs).toFixed(1)}/s)` : '';
  return `govx: ${s.total} articles in ${secs.toFixed(1)} s${rate}: ${s.records} records, ${s.errors} errors${codes ? ` (${codes})` : ''}${s.skipped ? `, ${s.skipped} skipped (already done)` : ''}${s.stopped ? `; stopped: ${stopReason}` : ''}`;
}
