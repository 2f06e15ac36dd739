/**
 * Standard output as the CLI writes it: whole chunks, synchronously, straight
 * to the file descriptor (never through process.stdout, which would switch a
 * pipe to non-blocking mode).
 *
 * - The reader went away (EPIPE, `govx … | head`): writing stops quietly and
 *   `closed` turns true; the command still decides the exit code.
 * - Any other failure (ENOSPC on a full disk, EIO …): a CliError naming
 *   stdout and the cause (exit 2); when stdout is a regular file, the bytes of
 *   the chunk that did get written are cut off again, so no partial line stays.
 */
import * as fs from 'node:fs';
import { isatty } from 'node:tty';
import { outputError } from '../run/output-error.js';

/** The file-system calls the writer needs (tests pass their own). */
export interface FdCalls {
  writeSync(fd: number, buffer: Buffer, offset: number, length: number): number;
  fstatSync(fd: number): { isFile(): boolean; size: number };
  ftruncateSync(fd: number, length: number): void;
}

export interface FdWriter {
  write(chunk: string): boolean;
  readonly isTTY: boolean;
  /** True once the reader has gone: later writes are dropped. */
  readonly closed: boolean;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

export function fdWriter(fd: number, name: string, calls: FdCalls = fs): FdWriter {
  let closed = false;
  const tty = isatty(fd);
  return {
    isTTY: tty,
    get closed() {
      return closed;
    },
    write(chunk) {
      if (closed) return false;
      const buf = Buffer.from(chunk, 'utf8');
      let done = 0;
      while (done < buf.length) {
        try {
          done += calls.writeSync(fd, buf, done, buf.length - done);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          // A non-blocking pipe that is full: wait for the reader.
          if (code === 'EAGAIN') {
            Atomics.wait(pause, 0, 0, 5);
            continue;
          }
          closed = true;
          if (code === 'EPIPE') return false;
          if (done > 0) cutPartial(fd, done, calls);
          throw outputError(name, err);
        }
      }
      return true;
    },
  };
}

function cutPartial(fd: number, written: number, calls: FdCalls): void {
  try {
    const st = calls.fstatSync(fd);
    if (st.isFile() && st.size >= written) calls.ftruncateSync(fd, st.size - written);
  } catch {
    // Not a file, or it cannot be cut: the error line still says what happened.
  }
}
