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

async function* records(chunks: AsyncIterable<Uint8Array>, stats: RecordReadStats): AsyncGenerator<ArticleRecord> {
  for await (const item of jsonValues(chunks)) {
    // A pretty-printed file may hold one record or a list of them.
    const values = 'error' in item ? [null] : Array.isArray(item.value) ? item.value : [item.value];
    for (const v of values) {
      if (isRecord(v)) {
        stats.records++;
        yield v;
      } else stats.skipped++;
    }
  }
}

export async function* readRecords(args: string[], io: IO, stats: RecordReadStats): AsyncGenerator<ArticleRecord> {
  for (const arg of args) {
    if (arg === '-') {
      yield* records(stdinChunks(io), stats);
      continue;
    }
    if ((await stat(arg)).isDirectory()) {
      const names: string[] = [];
      for await (const e of await opendir(arg))
        if (e.isFile() && /\.jsonl?$/.test(e.name) && !e.name.endsWith('.error.json')) names.push(e.name);
      names.sort();
      for (const n of names) yield* records(createReadStream(join(arg, n)), stats);
    } else {
      yield* records(await openChunks(arg, io), stats);
    }
  }
}
