/**
 * Bytes → lines with a size limit, for JSONL files and standard input: a line
 * is held only up to the limit, so one huge line (or a stream without any
 * newline) costs an error record, never the run's memory. Also the limit's
 * own syntax (--max-bytes 64M).
 */

/** Default per-article (and per-JSONL-line) size limit: 64 MB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ByteLine {
  /** 1-based line number. */
  n: number;
  /** The line without its '\n' (or '\r\n'); null when it is over the limit. */
  bytes: Buffer | null;
}

const NL = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines. A UTF-8 byte-order mark at the very start
 * is dropped (it belongs to the stream, not to line 1). A line over
 * `maxBytes` is yielded with `bytes: null` and its bytes are skipped, not kept.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ByteLine> {
  for await (const batch of lineBatches(chunks, maxBytes)) yield* batch;
}

/**
 * The lines of a byte stream, a chunk's worth at a time (one await per
 * chunk, not per line: a million short lines stay cheap). Same rules as
 * splitLines.
 */
export async function* lineBatches(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ByteLine[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let n = 0;
  let first = true;
  const finish = (): ByteLine => {
    n++;
    const done = over;
    const line = done ? null : parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    over = false;
    if (line === null) return { n, bytes: null };
    return { n, bytes: line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, line.length - 1) : line };
  };
  const add = (piece: Buffer) => {
    if (over || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      over = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of chunks) {
    let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (first && buf.length > 0) {
      first = false;
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const batch: ByteLine[] = [];
    let start = 0;
    for (let nl = buf.indexOf(NL, start); nl >= 0; nl = buf.indexOf(NL, start)) {
      // A slice of the chunk: copied only when the line is complete, so a
      // long line does not pin every chunk it was cut from.
      add(buf.subarray(start, nl));
      batch.push(finish());
      start = nl + 1;
    }
    // The unfinished tail is copied, so the chunk it came from can go.
    if (start < buf.length) add(Buffer.from(buf.subarray(start)));
    if (batch.length > 0) yield batch;
  }
  if (size > 0 || over) yield [finish()];
}

/** True when a line holds only ASCII blanks (counting, without decoding). */
export function isBlankLine(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== CR) return false;
  }
  return true;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** '64M', '1G', '512k', '1000' (bytes) → a byte count; null when it is none. */
export function parseByteSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Math.floor(Number(m[1]) * (UNITS[(m[2] as string).toLowerCase()] as number));
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** A byte count for messages: '64 MB', '1.5 GB', '900 bytes'. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [
    ['TB', 1024 ** 4],
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  }
  return `${n} bytes`;
}
