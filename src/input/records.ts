/**
 * Reads govx records back: JSON or JSONL files, folders of --out files, or
 * standard input. Error records and lines that are not records are counted,
 * not fatal.
 */
import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { IO } from '../io.js';
import type { ArticleRecord } from '../record.js';

export interface RecordReadStats {
  records: number;
  skipped: number;
}

function isRecord(v: unknown): v is ArticleRecord {
  return !!v && typeof v === 'object' && 'schemaVersion' in v && 'officials' in v;
}

async function* lines(stream: Readable, stats: RecordReadStats): AsyncGenerator<ArticleRecord> {
  let buffered = '';
  let multiLine = false;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (multiLine) {
      buffered += line + '\n';
      continue;
    }
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      // A pretty-printed single record spans lines: gather it whole.
      multiLine = true;
      buffered = line + '\n';
      continue;
    }
    if (isRecord(v)) {
      stats.records++;
      yield v;
    } else stats.skipped++;
  }
  if (multiLine) {
    try {
      const v: unknown = JSON.parse(buffered);
      for (const r of Array.isArray(v) ? v : [v]) {
        if (isRecord(r)) {
          stats.records++;
          yield r;
        } else stats.skipped++;
      }
    } catch {
      stats.skipped++;
    }
  }
}

export async function* readRecords(args: string[], io: IO, stats: RecordReadStats): AsyncGenerator<ArticleRecord> {
  for (const arg of args) {
    if (arg === '-') {
      yield* lines(Readable.from(io.stdinChunks ? io.stdinChunks() : [await io.readStdin()]), stats);
      continue;
    }
    if ((await stat(arg)).isDirectory()) {
      const names: string[] = [];
      for await (const e of await opendir(arg))
        if (e.isFile() && /\.jsonl?$/.test(e.name) && !e.name.endsWith('.error.json')) names.push(e.name);
      names.sort();
      for (const n of names) yield* lines(Readable.from(createReadStream(join(arg, n))), stats);
    } else {
      yield* lines(Readable.from(createReadStream(arg)), stats);
    }
  }
}
