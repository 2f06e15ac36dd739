/**
 * Expands command-line inputs into work items, lazily, so a corpus of a
 * million files or JSONL lines streams through in constant memory:
 * files, directories (recursive, sorted, glob-filtered), JSONL corpora, and
 * '-' (standard input: text, HTML or JSONL, recognised by its first bytes).
 */
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import picomatch from 'picomatch';
import type { IO } from '../io.js';
import { fileStem, unreadableReason } from './read.js';

export type ItemFormat = 'text' | 'html' | 'jsonl';

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
  /** Set when the item could not even be read or parsed; becomes an error record. */
  failure?: { code: string; message: string };
}

/** Failure code of a path that cannot be read: a usage error (exit 2), not a bad article. */
export const UNREADABLE = 'unreadable';

const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
/** What a directory walk picks up when no --glob is given. */
export const DEFAULT_GLOB = '**/*.{txt,text,html,htm,shtml,xhtml,jsp,asp,aspx,php,jsonl,ndjson}';

export function formatFromPath(path: string): ItemFormat | null {
  const ext = extname(path).toLowerCase();
  if (HTML_EXT.has(ext)) return 'html';
  if (JSONL_EXT.has(ext)) return 'jsonl';
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
}

export async function* expandInputs(args: string[], options: SourceOptions, io: IO): AsyncGenerator<WorkItem> {
  for (const arg of args) {
    if (arg === '-') {
      yield* fromStdin(io);
      continue;
    }
    let info: import('node:fs').Stats;
    try {
      info = await stat(arg);
    } catch (err) {
      yield {
        id: fileStem(arg),
        input: arg,
        path: arg,
        format: 'text',
        failure: { code: UNREADABLE, message: `cannot read (${unreadableReason(err)})` },
      };
      continue;
    }
    if (info.isDirectory()) yield* fromDirectory(arg, options.glob ?? DEFAULT_GLOB);
    else yield* fromFile(arg, fileStem(arg));
  }
}

async function* fromFile(path: string, id: string): AsyncGenerator<WorkItem> {
  const byExt = formatFromPath(path);
  if (byExt === 'jsonl') {
    yield* fromJsonl(Readable.from(createReadStream(path)), path, fileStem(path));
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    yield {
      id,
      input: path,
      path,
      format: byExt ?? 'text',
      failure: { code: UNREADABLE, message: `cannot read (${unreadableReason(err)})` },
    };
    return;
  }
  const format = byExt ?? sniffFormat(bytes.subarray(0, 512));
  if (format === 'jsonl') {
    yield* fromJsonl(Readable.from([bytes]), path, fileStem(path));
    return;
  }
  yield { id, input: path, path, format, bytes };
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

/** Files of a directory that the glob selects, with their path relative to it ('/'-separated). */
async function* selectedFiles(root: string, glob: string): AsyncGenerator<{ path: string; rel: string }> {
  const match = picomatch(glob, { dot: false, nocase: true });
  for await (const path of walkFiles(root)) {
    const rel = relative(root, path).split(sep).join('/');
    if (match(rel)) yield { path, rel };
  }
}

async function* fromDirectory(root: string, glob: string): AsyncGenerator<WorkItem> {
  for await (const { path, rel } of selectedFiles(root, glob)) {
    // Ids keep sub-folders so that a/x.txt and b/x.txt stay apart.
    const id = rel.slice(0, rel.length - extname(rel).length);
    yield* fromFile(path, id);
  }
}

/**
 * How many items `expandInputs` will yield, for a progress bar's ETA; null
 * when it cannot be known without reading the stream (stdin). JSONL files are
 * counted by their non-blank lines, read as a stream.
 */
export async function countInputs(args: string[], options: SourceOptions): Promise<number | null> {
  let n = 0;
  const countFile = async (path: string) => {
    if (formatFromPath(path) !== 'jsonl') return 1;
    let lines = 0;
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity }))
      if (line.trim() !== '') lines++;
    return lines;
  };
  for (const arg of args) {
    if (arg === '-') return null;
    try {
      if ((await stat(arg)).isDirectory()) {
        for await (const { path } of selectedFiles(arg, options.glob ?? DEFAULT_GLOB)) n += await countFile(path);
      } else n += await countFile(arg);
    } catch {
      n += 1; // an unreadable path still yields one (error) item
    }
  }
  return n;
}

async function* fromStdin(io: IO): AsyncGenerator<WorkItem> {
  const bytes = await io.readStdin();
  const format = sniffFormat(bytes.subarray(0, 512));
  if (format === 'jsonl') {
    yield* fromJsonl(Readable.from([bytes]), '-', 'stdin');
    return;
  }
  yield { id: '', input: '-', path: '-', format, bytes };
}

interface JsonlLine {
  id?: unknown;
  text?: unknown;
  html?: unknown;
  url?: unknown;
  publishedAt?: unknown;
}

/** One item per non-blank line: {id, text | html, url?, publishedAt?}. */
async function* fromJsonl(stream: Readable, path: string, stem: string): AsyncGenerator<WorkItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const input = `${path}:${n}`;
    const fallbackId = `${stem}:${n}`;
    let obj: JsonlLine;
    try {
      obj = JSON.parse(line) as JsonlLine;
    } catch {
      yield {
        id: fallbackId,
        input,
        path,
        format: 'jsonl',
        failure: { code: 'bad-jsonl', message: 'line is not valid JSON' },
      };
      continue;
    }
    const id = typeof obj?.id === 'string' || typeof obj?.id === 'number' ? String(obj.id) : fallbackId;
    const base = {
      id,
      input,
      path,
      format: 'jsonl' as const,
      url: typeof obj.url === 'string' ? obj.url : null,
      publishedAt: typeof obj.publishedAt === 'string' ? obj.publishedAt : null,
    };
    if (typeof obj.text === 'string') yield { ...base, text: obj.text };
    else if (typeof obj.html === 'string') yield { ...base, html: obj.html };
    else yield { ...base, failure: { code: 'bad-jsonl', message: 'line has neither a "text" nor an "html" string' } };
  }
}
