/**
 * Output-side failures (full disk, read-only or missing folder, permission)
 * as one line naming the path and the cause, exit 2: never a stack trace.
 */
import { CliError, EXIT } from '../io.js';

const CAUSES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'exists and is not a folder',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENAMETOOLONG: 'name too long',
  EBADF: 'not open for writing',
};

/** "no space left on device (ENOSPC)"; the path is left to the caller. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code && CAUSES[code]) return `${CAUSES[code]} (${code})`;
  // Node's own message repeats the syscall and path: keep only the cause.
  const message = String(e?.message ?? err)
    .replace(/^[A-Z]+: /, '')
    .replace(/, \w+ '.*'$/, '');
  return code ? `${message} (${code})` : message;
}

/** The error to throw when writing `path` failed: "<path>: <what>: <cause>", exit 2. */
export function outputError(path: string, err: unknown, what = ''): CliError {
  if (err instanceof CliError) return err;
  return new CliError(`${path}: ${what ? `${what}: ` : ''}${describeFsError(err)}`, EXIT.usage);
}
