/**
 * `-o FILE`: what would go to stdout goes to FILE, atomically. The bytes are
 * written to a temporary file beside it, which replaces FILE only when the run
 * ends (rename), so FILE never holds a half-written run; a run that fails
 * with a usage or output error leaves FILE as it was.
 */
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { IO } from '../io.js';
import { outputError } from '../run/output-error.js';
import { fdWriter, type FdWriter } from './stdout.js';

export interface OutputFile {
  writer: FdWriter;
  /** Closes the temporary file and renames it to FILE. */
  commit(): void;
  /** Closes and removes the temporary file. */
  abort(): void;
}

export function openOutputFile(path: string): OutputFile {
  const temp = join(dirname(path), `.${basename(path)}.govx-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    if (fs.existsSync(path) && fs.statSync(path).isDirectory()) throw Object.assign(new Error(''), { code: 'EISDIR' });
    fd = fs.openSync(temp, 'wx');
  } catch (err) {
    throw outputError(path, err);
  }
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    fs.closeSync(fd);
  };
  return {
    writer: fdWriter(fd, path),
    commit() {
      try {
        close();
        fs.renameSync(temp, path);
      } catch (err) {
        fs.rmSync(temp, { force: true });
        throw outputError(path, err);
      }
    },
    abort() {
      try {
        close();
      } finally {
        fs.rmSync(temp, { force: true });
      }
    },
  };
}

/** Runs a command with its stdout sent to `path` (when given), committed when the run returns. */
export async function withOutputFile(
  path: string | undefined,
  io: IO,
  run: (io: IO) => Promise<number>,
): Promise<number> {
  if (path === undefined) return run(io);
  const file = openOutputFile(path);
  let code: number;
  try {
    code = await run({ ...io, stdout: file.writer });
  } catch (err) {
    file.abort();
    throw err;
  }
  file.commit();
  return code;
}
