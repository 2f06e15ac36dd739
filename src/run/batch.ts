/**
 * Runs a stream of work items through a worker pool, writing results in input
 * order with a bounded number of articles in flight, so memory stays flat
 * however long the stream. Items travel in small chunks (one message per
 * chunk, not per article); a chunk that times out or crashes is re-run one
 * article at a time, so the limit applies per article and the culprit alone
 * gets the error record. Every item yields exactly one result.
 */
import type { WorkItem } from '../input/sources.js';
import { createPool, type Pool } from './pool.js';
import { failureLine, processToLine, type LineResult } from './line.js';

export interface BatchOptions {
  jobs: number;
  includeText: boolean;
  /** Per-article time limit in milliseconds (0: none). */
  timeoutMs: number;
  /** Skip an item before it is processed (--resume). */
  skip?: (item: WorkItem) => Promise<boolean>;
  /** Overrides the worker script (tests). */
  workerFile?: string;
  /** Articles per message to a worker (default 64). */
  chunkSize?: number;
  /**
   * Asked after each result is written and before each article is taken: true
   * stops the run (the reader of stdout went away, or a signal came). Results
   * not yet written are dropped, so the output holds whole records only.
   */
  shouldStop?: () => boolean;
}

export interface BatchSummary {
  total: number;
  records: number;
  errors: number;
  skipped: number;
  /** Error counts by code. */
  byCode: Record<string, number>;
  /** The run stopped early (shouldStop), after `total` results. */
  stopped: boolean;
}

/** What happens to each result, in input order. */
export type Sink = (result: LineResult) => void | Promise<void>;

/** A chunk is cut early past this many characters, so huge articles travel alone. */
const CHUNK_CHARS = 256 * 1024;

export function itemSize(item: WorkItem): number {
  return item.bytes?.length ?? item.text?.length ?? item.html?.length ?? 0;
}

export async function runBatch(
  items: AsyncIterable<WorkItem>,
  options: BatchOptions,
  sink: Sink,
): Promise<BatchSummary> {
  const summary: BatchSummary = { total: 0, records: 0, errors: 0, skipped: 0, byCode: {}, stopped: false };
  const stop = options.shouldStop ?? (() => false);
  const record = async (r: LineResult) => {
    if (summary.stopped) return;
    if (stop()) {
      summary.stopped = true;
      return;
    }
    summary.total++;
    if (r.ok) summary.records++;
    else {
      summary.errors++;
      const code = r.code ?? 'error';
      summary.byCode[code] = (summary.byCode[code] ?? 0) + 1;
    }
    await sink(r);
    if (stop()) summary.stopped = true;
  };

  const chunkSize = Math.max(1, options.chunkSize ?? 64);
  let pool: Pool | null = null;
  // No more chunks than threads are handed to the pool, so a time limit
  // starts when its chunk starts running, not while it queues.
  const slots = new Slots(options.jobs);
  const runOnPool = async (chunk: WorkItem[], timeoutMs: number) => {
    pool ??= createPool(options.jobs, options.workerFile);
    const p = pool;
    await slots.acquire();
    // A run that stopped meanwhile starts no more chunks (their results would not be written).
    if (summary.stopped) {
      slots.release();
      return [];
    }
    try {
      return await p.run({ items: chunk, includeText: options.includeText }, timeoutMs);
    } finally {
      slots.release();
    }
  };
  const dispatch = async (chunk: WorkItem[]): Promise<LineResult[]> => {
    if (summary.stopped) return [];
    // Failures known before processing need no thread.
    if (chunk.every((i) => i.failure)) return chunk.map((i) => processToLine(i, { includeText: options.includeText }));
    // A chunk gets one article's limit: normal articles take a small part of it.
    const r = await runOnPool(chunk, options.timeoutMs);
    if (!('failed' in r)) return r;
    if (chunk.length === 1)
      return [failureLine(chunk[0] as WorkItem, r.failed === 'timeout' ? 'timeout' : 'worker-crash', r.message)];
    return (await Promise.all(chunk.map((item) => dispatch([item])))).flat();
  };

  // Results wait here to be written in input order.
  const window: Array<Promise<LineResult[]>> = [];
  const maxWindow = Math.max(4, options.jobs * 4);
  let chunk: WorkItem[] = [];
  let chunkChars = 0;
  const flush = async () => {
    if (chunk.length === 0 || summary.stopped) return;
    window.push(dispatch(chunk));
    chunk = [];
    chunkChars = 0;
    if (window.length >= maxWindow) for (const r of await (window.shift() as Promise<LineResult[]>)) await record(r);
  };
  try {
    for await (const item of items) {
      if (stop()) summary.stopped = true;
      if (summary.stopped) break;
      if (options.skip && (await options.skip(item))) {
        summary.skipped++;
        continue;
      }
      chunk.push(item);
      chunkChars += itemSize(item);
      if (chunk.length >= chunkSize || chunkChars >= CHUNK_CHARS) await flush();
    }
    await flush();
    while (window.length > 0 && !summary.stopped)
      for (const r of await (window.shift() as Promise<LineResult[]>)) await record(r);
  } finally {
    // Results nobody will write (the run stopped or a write failed) must not surface as unhandled rejections.
    for (const pending of window) pending.catch(() => undefined);
    // A stopped run waits for the chunks still running (at most one per thread):
    // stopping a thread inside jieba's native code could bring the process down.
    if (pool) await (pool as Pool).close();
  }
  return summary;
}

/** A counting semaphore. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(count: number) {
    this.free = count;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next task
    else this.free++;
  }
}
