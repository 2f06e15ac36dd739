/**
 * A lone article (`govx extract one.txt`): the time limit applies to it as to
 * any article. One small enough to be far within the limit runs inline (fast
 * start: no worker to load); a larger one, or any under a tight limit, runs on
 * a worker thread, where the limit can stop it.
 */
import type { WorkItem } from '../input/sources.js';
import { type ItemResult, runItem } from '../pipeline/run-item.js';
import type { ArticleRecord, ErrorRecord } from '../record.js';
import { itemSize, runBatch } from './batch.js';

/** The same as one item's result inline: the record, or the error line. */
export type LoneResult = ItemResult;

/**
 * Inline up to this many bytes per millisecond of the limit: 6 MB at the
 * default 60 s. Extraction runs at about 1 MB/s on large articles (a 50 MB
 * article takes about a minute), so inline articles stay ten times within it.
 */
export const INLINE_BYTES_PER_MS = 100;

export async function runLone(
  item: WorkItem,
  options: { includeText: boolean; timeoutMs: number; workerFile?: string },
): Promise<LoneResult> {
  if (options.timeoutMs === 0 || itemSize(item) <= options.timeoutMs * INLINE_BYTES_PER_MS) {
    return runItem(item, { includeText: options.includeText });
  }
  let result: LoneResult | null = null;
  await runBatch(
    (async function* () {
      yield item;
    })(),
    {
      jobs: 1,
      includeText: options.includeText,
      timeoutMs: options.timeoutMs,
      ...(options.workerFile ? { workerFile: options.workerFile } : {}),
    },
    (r) => {
      result = r.ok
        ? { ok: true, record: JSON.parse(r.line) as ArticleRecord }
        : { ok: false, error: JSON.parse(r.line) as ErrorRecord };
    },
  );
  return result as unknown as LoneResult;
}
