/** Reads inputs named on the command line: files, or '-' for standard input. */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CliError, EXIT, type IO } from '../io.js';
import { assertHasText, decodeBytes, InputError } from './decode.js';

export interface RawInput {
  /** As given on the command line ('-' for stdin). */
  path: string;
  /** Default id: the file stem, or null for stdin. */
  stem: string | null;
  bytes: Buffer;
}

export function fileStem(path: string): string {
  return basename(path, extname(path));
}

/** Why a path could not be read, in words. */
export function unreadableReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file or directory'
    : code === 'EACCES'
      ? 'permission denied'
      : String(code ?? err);
}

/** Reads one named input; a path that cannot be read is a usage error (exit 2). */
export async function readRaw(path: string, io: IO): Promise<RawInput> {
  if (path === '-') return { path, stem: null, bytes: await io.readStdin() };
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path}: is a directory (give files, or '-' for stdin)`, EXIT.usage);
    return { path, stem: fileStem(path), bytes: await readFile(path) };
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: cannot read (${unreadableReason(err)})`, EXIT.usage);
  }
}

/**
 * Reads one named input as text, for commands that take a single file: an
 * unreadable path is a usage error (exit 2), bytes that are no text exit 1.
 */
export async function readTextInput(path: string, io: IO, options: { requireText?: boolean } = {}): Promise<string> {
  const raw = await readRaw(path, io);
  try {
    const { text } = decodeBytes(raw.bytes);
    if (options.requireText) assertHasText(text);
    return text;
  } catch (err) {
    if (err instanceof InputError) throw new CliError(`${path === '-' ? 'stdin' : path}: ${err.message}`, EXIT.failed);
    throw err;
  }
}
