/** Reads inputs named on the command line: files, or '-' for standard input. */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CliError, EXIT, type IO } from '../cli/io.js';

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

/** Reads one named input; a path that cannot be read is a usage error (exit 2). */
export async function readRaw(path: string, io: IO): Promise<RawInput> {
  if (path === '-') return { path, stem: null, bytes: await io.readStdin() };
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path}: is a directory (give files, or '-' for stdin)`, EXIT.usage);
    return { path, stem: fileStem(path), bytes: await readFile(path) };
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? err);
    throw new CliError(`${path}: cannot read (${why})`, EXIT.usage);
  }
}
