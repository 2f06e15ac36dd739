/**
 * A lone article (`govx extract one.txt`): the time limit applies to it as to
 * any article. One small enough to be far within the limit runs inline (fast
 * start: no worker to load); a larger one, or any under a tight limit, runs on
 * a worker thread, where the limit can stop it.
 */
import type { WorkItem } from '../input/sources.js';
import { runItem } from '../pipeline/run-item.js';
import type { ArticleRecord } from '../record.js';
import { itemSize, runBatch } from './batch.js';

export type LoneResult =
  | { ok: true; record: ArticleRecord }
  | { ok: false; input: string; code: string; message: string };

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
    const r = runItem(item, { includeText: options.includeText });
    if (r.ok) return r;
    return { ok: false, input: r.error.input, code: r.error.error.code, message: r.error.error.message };
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
        : { ok: false, input: r.input, code: r.code ?? 'error', message: r.message ?? '' };
    },
  );
  return result as unknown as LoneResult;
}
