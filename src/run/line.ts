/** A processed article as the batch layer moves it around: already serialised, with its status. */
import { errorRecord, runItem, type RunOptions } from '../pipeline/run-item.js';
import type { WorkItem } from '../input/sources.js';

export interface LineResult {
  id: string;
  input: string;
  ok: boolean;
  /** One JSON line (a record or an error record), without the newline. */
  line: string;
  /** Error code and message when !ok. */
  code?: string;
  message?: string;
  /** The item's `copy` (--out file naming), passed through. */
  copy?: number;
}

/** Serialises one item's result; runs in a worker thread or inline. */
export function processToLine(item: WorkItem, options: RunOptions): LineResult {
  const r = runItem(item, options);
  const out: LineResult = r.ok
    ? { id: r.record.id, input: item.input, ok: true, line: JSON.stringify(r.record) }
    : {
        id: r.error.id,
        input: item.input,
        ok: false,
        line: JSON.stringify(r.error),
        code: r.error.error.code,
        message: r.error.error.message,
      };
  if (item.copy !== undefined) out.copy = item.copy;
  return out;
}

/** The error line for an article whose worker never answered (time limit, crash). */
export function failureLine(item: WorkItem, code: string, message: string): LineResult {
  const id = item.id || 'stdin';
  const out: LineResult = {
    id,
    input: item.input,
    ok: false,
    line: JSON.stringify(errorRecord(item, code, message)),
    code,
    message,
  };
  if (item.copy !== undefined) out.copy = item.copy;
  return out;
}
