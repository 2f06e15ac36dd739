/** Saved output lines (records and error lines) for `govx table` and `govx stats`, with read failures as usage errors. */
import { readLines, type RecordReadStats } from '../input/records.js';
import { unreadableReason } from '../input/read.js';
import type { OutputLine } from '../output/tables.js';
import { CliError, EXIT, type IO } from './io.js';

export async function forEachLine(
  args: string[],
  io: IO,
  stats: RecordReadStats,
  each: (line: OutputLine) => void | Promise<void>,
): Promise<void> {
  try {
    for await (const line of readLines(args, io, stats)) await each(line as OutputLine);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (typeof e?.code === 'string' && e.code.startsWith('E'))
      throw new CliError(`${e.path ?? 'input'}: cannot read (${unreadableReason(err)})`, EXIT.usage);
    throw err;
  }
}
