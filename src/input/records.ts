/**
 * Reads govx records back: JSON or JSONL files, folders of --out files, or
 * standard input. Error records and lines that are not records are counted,
 * not fatal.
 */
import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IO } from '../io.js';
import { jsonValues } from './json-values.js';
import { openChunks, stdinChunks } from './read.js';
import type { ArticleRecord } from '../record.js';

export interface RecordReadStats {
  records: number;
  skipped: number;
}

function isRecord(v: unknown): v is ArticleRecord {
  return !!v && typeof v === 'object' && 'schemaVersion' in v && 'officials' in v;
}

/** An error line of extract (`{id, input, error: {code, message}}`), as readLines yields it. */
export interface ErrorLineValue {
  id: string;
  input: unknown;
  error: { code: string; message: string };
}

function isErrorLine(v: unknown): v is ErrorLineValue {
  if (!v || typeof v !== 'object' || !('error' in v) || !('id' in v)) return false;
  const e = (v as { error: unknown }).error;
  return !!e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string';
}

async function* values<T>(
  chunks: AsyncIterable<Uint8Array>,
  stats: RecordReadStats,
  keep: (v: unknown) => v is T,
): AsyncGenerator<T> {
  for await (const item of jsonValues(chunks)) {
    // A pretty-printed file may hold one record or a list of them.
    const values = 'error' in item ? [null] : Array.isArray(item.value) ? item.value : [item.value];
    for (const v of values) {
      if (keep(v)) {
        stats.records++;
        yield v;
      } else stats.skipped++;
    }
  }
}

export function readRecords(args: string[], io: IO, stats: RecordReadStats): AsyncGenerator<ArticleRecord> {
  return readValues(args, io, stats, isRecord, false);
}

/** Records and error lines in input order (a folder's `.error.json` files too); other values are skipped. */
export function readLines(
  args: string[],
  io: IO,
  stats: RecordReadStats,
): AsyncGenerator<ArticleRecord | ErrorLineValue> {
  return readValues(args, io, stats, (v): v is ArticleRecord | ErrorLineValue => isRecord(v) || isErrorLine(v), true);
}

async function* readValues<T>(
  args: string[],
  io: IO,
  stats: RecordReadStats,
  keep: (v: unknown) => v is T,
  errorFiles: boolean,
): AsyncGenerator<T> {
  for (const arg of args) {
    if (arg === '-') {
      yield* values(stdinChunks(io), stats, keep);
      continue;
    }
    if ((await stat(arg)).isDirectory()) {
      const names: string[] = [];
      for await (const e of await opendir(arg))
        if (e.isFile() && /\.jsonl?$/.test(e.name) && (errorFiles || !e.name.endsWith('.error.json')))
          names.push(e.name);
      names.sort();
      for (const n of names) yield* values(createReadStream(join(arg, n)), stats, keep);
    } else {
      yield* values(await openChunks(arg, io), stats, keep);
    }
  }
}
