/** Reads inputs named on the command line: files, or '-' for standard input. */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CliError, EXIT, type IO } from '../io.js';
import { assertHasText, decodeBytes, InputError } from './decode.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './lines.js';

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

/**
 * Reads one named input whole, for commands that take one article: a path that
 * cannot be read, a folder or a FIFO is a usage error (exit 2); more than
 * `maxBytes` is an error (exit 1) found before the bytes are held.
 */
export async function readRaw(path: string, io: IO, maxBytes = DEFAULT_MAX_BYTES): Promise<RawInput> {
  const tooLarge = () =>
    new CliError(`${path === '-' ? 'stdin' : path}: over the ${formatBytes(maxBytes)} limit`, EXIT.failed);
  if (path === '-') {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdinChunks(io)) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge();
      parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return { path, stem: null, bytes: Buffer.concat(parts, size) };
  }
  if ((await regularFile(path)).size > maxBytes) throw tooLarge();
  try {
    return { path, stem: fileStem(path), bytes: await readFile(path) };
  } catch (err) {
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

/** Standard input as a stream of chunks; IOs without one give it whole. */
export function stdinChunks(io: IO): AsyncIterable<Uint8Array> {
  if (io.stdinChunks) return io.stdinChunks();
  return (async function* () {
    yield await io.readStdin();
  })();
}

/**
 * A named path that is a regular file, or a usage error (exit 2): a folder,
 * a FIFO or a device could hang a read or never end.
 */
async function regularFile(path: string): Promise<Stats> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    throw new CliError(`${path}: cannot read (${unreadableReason(err)})`, EXIT.usage);
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a directory (give files, or '-' for stdin)`, EXIT.usage);
  if (!info.isFile()) throw new CliError(`${path}: not a regular file (give '-' and redirect it)`, EXIT.usage);
  return info;
}

/** One named input as a stream of chunks, for commands that read records ('-' is standard input). */
export async function openChunks(path: string, io: IO): Promise<AsyncIterable<Uint8Array>> {
  if (path === '-') return stdinChunks(io);
  await regularFile(path);
  return createReadStream(path);
}
