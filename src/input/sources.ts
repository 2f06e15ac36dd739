/**
 * Expands command-line inputs into work items, lazily, so a corpus of a
 * million files or JSONL lines streams through in constant memory:
 * files, directories (recursive, sorted, glob-filtered), JSONL corpora, and
 * '-' (standard input: text, HTML or JSONL, recognised by its first bytes).
 */
import { createReadStream, type Stats } from 'node:fs';
import { type FileHandle, open, opendir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { IO } from '../io.js';
import { BINARY_MESSAGE } from './decode.js';
import { isArticleCorpus, jsonFileItems } from './json-file.js';
import { fromJsonl } from './jsonl.js';
import { DEFAULT_MAX_BYTES, formatBytes, isBlankLine, splitLines } from './lines.js';
import { fileStem, stdinChunks, unreadableReason } from './read.js';

export type ItemFormat = 'text' | 'html' | 'jsonl' | 'json';

/** One article to process. Either raw bytes (files) or already-decoded strings (JSONL fields). */
export interface WorkItem {
  id: string;
  /** Where it came from: a path, 'path:LINE' for a JSONL line, or '-'. */
  input: string;
  /** The path argument for `input.path` in the record. */
  path: string;
  format: ItemFormat;
  bytes?: Uint8Array;
  text?: string;
  html?: string;
  url?: string | null;
  publishedAt?: string | null;
  /** With --out: which article with this id in the run it is (2 for the second …), naming its file. */
  copy?: number;
  /** Set when the item could not even be read or parsed; becomes an error record. */
  failure?: { code: string; message: string };
}

/** Failure code of a path that cannot be read: a usage error (exit 2), not a bad article. */
export const UNREADABLE = 'unreadable';

const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
/** What a directory walk picks up when no --glob is given (govx's own *.error.json files are always left out). */
export const DEFAULT_GLOB = '**/*.{txt,text,html,htm,shtml,xhtml,jsp,asp,aspx,php,jsonl,ndjson,json}';

export function formatFromPath(path: string): ItemFormat | null {
  const ext = extname(path).toLowerCase();
  if (HTML_EXT.has(ext)) return 'html';
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (ext === '.json') return 'json';
  if (ext === '.txt' || ext === '.text') return 'text';
  return null;
}

/** Recognises content by its first non-blank bytes: '{' JSONL, '<' HTML, else text. */
export function sniffFormat(head: Uint8Array): ItemFormat {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] === 0x7b /* { */) return 'jsonl';
  if (head[i] === 0x3c /* < */) return 'html';
  return 'text';
}

export interface SourceOptions {
  /** Glob for files inside directories, relative to the directory. */
  glob?: string;
  /** Size limit of one article: a file, a JSONL line, or standard input (default 64 MB). */
  maxBytes?: number;
  /** Told (one line, no 'govx: ') about a folder's file that is skipped: a .jsonl or .json holding no articles. */
  warn?: (message: string) => void;
}

/** How many leading bytes are read to tell the format and spot binary data. */
const HEAD_BYTES = 8192;

/** Binary on its first bytes: NULs without a UTF-16 byte-order mark (as the decoder judges the whole). */
function looksBinary(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}

/** What a path that is no regular file is, in words. */
function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'something else';
}

function failed(id: string, path: string, format: ItemFormat, code: string, message: string): WorkItem {
  return { id, input: path, path, format, failure: { code, message } };
}

const tooLarge = (what: string, maxBytes: number) => `${what} is over the ${formatBytes(maxBytes)} limit (--max-bytes)`;

export async function* expandInputs(args: string[], options: SourceOptions, io: IO): AsyncGenerator<WorkItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const arg of args) {
    if (arg === '-') {
      yield* fromStdin(io, maxBytes);
      continue;
    }
    let info: Stats;
    try {
      info = await stat(arg);
    } catch (err) {
      yield failed(fileStem(arg), arg, 'text', UNREADABLE, `cannot read (${unreadableReason(err)})`);
      continue;
    }
    if (info.isDirectory())
      yield* fromDirectory(arg, options.glob ?? DEFAULT_GLOB, maxBytes, options.warn ?? (() => undefined));
    else yield* fromFile(arg, fileStem(arg), maxBytes, info);
  }
}

/**
 * One file: refused unless it is a regular file (a FIFO would wait forever,
 * /dev/zero never ends); its first bytes tell binary data and the format
 * before anything is read whole; JSONL is streamed; an article over the
 * limit is refused unread. `inFolder` (a warning callback) is given for a
 * folder's files: a JSONL or JSON file holding no articles is then skipped
 * with a warning rather than read as a corpus.
 */
async function* fromFile(
  path: string,
  id: string,
  maxBytes: number,
  known?: Stats,
  inFolder?: (message: string) => void,
): AsyncGenerator<WorkItem> {
  const byExt = formatFromPath(path);
  const unreadable = (err: unknown) =>
    failed(id, path, byExt ?? 'text', UNREADABLE, `cannot read (${unreadableReason(err)})`);
  let info: Stats;
  try {
    info = known ?? (await stat(path));
  } catch (err) {
    yield unreadable(err);
    return;
  }
  if (!info.isFile()) {
    yield failed(
      id,
      path,
      byExt ?? 'text',
      'not-regular-file',
      `not a regular file but ${fileKind(info)} (to read a stream, give '-' and redirect it)`,
    );
    return;
  }
  const corpus = async function* () {
    if (inFolder && !(await isArticleCorpus(path, maxBytes))) {
      inFolder(`${path}: skipped: its first line is no article {id, text | html} (name the file to read it anyway)`);
      return;
    }
    yield* fromJsonl(createReadStream(path), path, fileStem(path), maxBytes);
  };
  if (byExt === 'jsonl') {
    yield* corpus();
    return;
  }
  let bytes: Buffer;
  let format: ItemFormat;
  let fh: FileHandle | null = null;
  try {
    fh = await open(path, 'r');
    const head = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    format = byExt ?? sniffFormat(head.subarray(0, 512));
    if (format === 'jsonl') {
      yield* corpus();
      return;
    }
    if (looksBinary(head.subarray(0, bytesRead))) {
      yield failed(id, path, format, 'binary', BINARY_MESSAGE);
      return;
    }
    if (info.size > maxBytes) {
      yield failed(id, path, format, 'too-large', tooLarge(`file (${formatBytes(info.size)})`, maxBytes));
      return;
    }
    // Small files were read whole with their head.
    bytes = bytesRead === info.size && info.size < HEAD_BYTES ? head : await fh.readFile();
  } catch (err) {
    yield unreadable(err);
    return;
  } finally {
    await fh?.close();
  }
  if (format === 'json') yield* jsonFileItems(bytes, path, id, inFolder);
  else yield { id, input: path, path, format, bytes };
}

/** Walks a directory depth-first in sorted order, so runs are reproducible. */
async function* walkFiles(dir: string): AsyncGenerator<string> {
  const names: Array<{ name: string; isDir: boolean }> = [];
  for await (const e of await opendir(dir)) names.push({ name: e.name, isDir: e.isDirectory() });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    const full = join(dir, e.name);
    if (e.isDir) yield* walkFiles(full);
    else yield full;
  }
}

/** govx's own error files (--out): never articles. */
const ERROR_FILE = /\.error\.json$/i;

/** Files of a directory that the glob selects, with their path relative to it ('/'-separated). */
async function* selectedFiles(root: string, glob: string): AsyncGenerator<{ path: string; rel: string }> {
  const match = picomatch(glob, { dot: false, nocase: true });
  for await (const path of walkFiles(root)) {
    const rel = relative(root, path).split(sep).join('/');
    if (match(rel) && !ERROR_FILE.test(rel)) yield { path, rel };
  }
}

async function* fromDirectory(
  root: string,
  glob: string,
  maxBytes: number,
  warn: (message: string) => void,
): AsyncGenerator<WorkItem> {
  for await (const { path, rel } of selectedFiles(root, glob)) {
    // Ids keep sub-folders so that a/x.txt and b/x.txt stay apart.
    const id = rel.slice(0, rel.length - extname(rel).length);
    yield* fromFile(path, id, maxBytes, undefined, warn);
  }
}

/**
 * How many items `expandInputs` will yield, for a progress bar's ETA; null
 * when it cannot be known without reading the stream (stdin). JSONL files are
 * counted by their non-blank lines, read as a stream.
 */
export async function countInputs(
  args: string[],
  options: SourceOptions,
  /** Stop counting once this many are found (the answer is then at least it). */
  limit = Number.POSITIVE_INFINITY,
): Promise<number | null> {
  let n = 0;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const countFile = async (path: string, inFolder = false) => {
    // A FIFO is never opened (it would wait for a writer): it is one (refused) item.
    if (formatFromPath(path) !== 'jsonl' || !(await stat(path)).isFile()) return 1;
    if (inFolder && !(await isArticleCorpus(path, maxBytes))) return 0;
    let lines = 0;
    for await (const { bytes } of splitLines(createReadStream(path), maxBytes))
      if ((bytes === null || !isBlankLine(bytes)) && n + ++lines >= limit) break;
    return lines;
  };
  for (const arg of args) {
    if (arg === '-') return null;
    try {
      if ((await stat(arg)).isDirectory()) {
        for await (const { path } of selectedFiles(arg, options.glob ?? DEFAULT_GLOB)) {
          n += await countFile(path, true);
          if (n >= limit) return n;
        }
      } else n += await countFile(arg);
    } catch {
      n += 1; // an unreadable path still yields one (error) item
    }
    if (n >= limit) return n;
  }
  return n;
}

/**
 * Standard input, streamed: its first bytes tell JSONL (read line by line)
 * from one text or HTML article (held up to the size limit, no further).
 */
async function* fromStdin(io: IO, maxBytes: number): AsyncGenerator<WorkItem> {
  const it = stdinChunks(io)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  const pull = async () => {
    const r = await it.next();
    if (r.done) done = true;
    else {
      const b = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      head.push(b);
      size += b.length;
    }
  };
  while (!done && size < HEAD_BYTES) await pull();
  const first = Buffer.concat(head).subarray(0, HEAD_BYTES);
  const format = sniffFormat(first.subarray(0, 512));
  if (format === 'jsonl') {
    const rest = (async function* () {
      yield* head.splice(0);
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })();
    yield* fromJsonl(rest, '-', 'stdin', maxBytes);
    return;
  }
  const stop = async (item: WorkItem) => {
    await it.return?.();
    return item;
  };
  if (looksBinary(first)) {
    yield await stop(failed('', '-', format, 'binary', BINARY_MESSAGE));
    return;
  }
  while (!done && size <= maxBytes) await pull();
  if (size > maxBytes) {
    yield await stop(failed('', '-', format, 'too-large', tooLarge('input', maxBytes)));
    return;
  }
  yield { id: '', input: '-', path: '-', format, bytes: Buffer.concat(head, size) };
}
