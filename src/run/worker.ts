/** Worker-thread entry for the pool: a chunk of work items in, one serialised line per item out. */
import { processToLine, type LineResult } from './line.js';
import type { MessagePort } from 'node:worker_threads';
import type { WorkItem } from '../input/sources.js';

export interface WorkerTask {
  items: WorkItem[];
  includeText: boolean;
  /** Told when this thread starts the task: the time limit runs from then. */
  started?: MessagePort;
}

// Load the dictionaries while the thread starts, not inside the first article's time limit.
processToLine(
  { id: 'warm-up', input: 'warm-up', path: 'warm-up', format: 'text', text: '镇党委书记主持会议。' },
  { includeText: false },
);

export default function work(task: WorkerTask): LineResult[] {
  task.started?.postMessage(0);
  return task.items.map((item) => processToLine(item, { includeText: task.includeText }));
}
