/**
 * Where CSV tables go: one table to stdout, or each table to `<DIR>/<table>.csv`
 * (`--out DIR`, required for several). Shared by `govx extract --table` and
 * `govx table`, so both write the same bytes for the same lines.
 */
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { csvHeader, csvRows } from '../output/csv.js';
import { parseTableNames, TABLES, type OutputLine } from '../output/tables.js';
import { outputError } from '../run/output-error.js';
import { CliError, type IO } from './io.js';

export interface TableOut {
  write(line: OutputLine): Promise<void>;
  close(): Promise<void>;
}

const FLUSH_CHARS = 64 * 1024;

export async function openTableOut(names: string[], outDir: string | undefined, io: IO): Promise<TableOut> {
  const tables = names.map((n) => TABLES[n] as NonNullable<(typeof TABLES)[string]>);
  if (!outDir) {
    if (tables.length > 1)
      throw new CliError(`several tables (${names.join(', ')}) need --out DIR: one <table>.csv each`);
    const table = tables[0] as NonNullable<(typeof tables)[number]>;
    io.stdout.write(csvHeader(table.columns));
    return {
      write: async (line) => {
        const rows = table.rows(line);
        if (rows.length > 0) io.stdout.write(csvRows(rows));
      },
      close: async () => undefined,
    };
  }

  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    throw outputError(outDir, err, 'cannot create the folder');
  }
  const files: Array<{ path: string; handle: FileHandle; pending: string }> = [];
  for (const [i, name] of names.entries()) {
    const path = join(outDir, `${name}.csv`);
    try {
      files.push({
        path,
        handle: await open(path, 'w'),
        pending: csvHeader((tables[i] as (typeof tables)[number]).columns),
      });
    } catch (err) {
      for (const f of files) await f.handle.close().catch(() => undefined);
      throw outputError(path, err);
    }
  }
  const flush = async (f: (typeof files)[number]) => {
    if (!f.pending) return;
    const chunk = f.pending;
    f.pending = '';
    try {
      await f.handle.write(chunk);
    } catch (err) {
      throw outputError(f.path, err);
    }
  };
  return {
    write: async (line) => {
      for (const [i, f] of files.entries()) {
        const rows = (tables[i] as (typeof tables)[number]).rows(line);
        if (rows.length > 0) f.pending += csvRows(rows);
        if (f.pending.length >= FLUSH_CHARS) await flush(f);
      }
    },
    close: async () => {
      try {
        for (const f of files) await flush(f);
      } finally {
        for (const f of files) await f.handle.close().catch(() => undefined);
      }
    },
  };
}

/** Table names from --table / NAME values; an unknown one is a usage error. */
export function tableNames(values: readonly string[]): string[] {
  try {
    return parseTableNames(values);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}
