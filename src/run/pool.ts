/**
 * The one piscina importer: a pool of worker threads, each loading the
 * dictionaries once. A task over its time limit has its thread stopped and
 * replaced; a crashed thread is replaced too; either way the caller gets a
 * reason, never a lost article.
 */
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { builtFile } from '../built-file.js';
import type { WorkerTask } from './worker.js';
import type { LineResult } from './line.js';

/** dist/run/worker.js, also when this module runs from src/ under the test runner. */
export function defaultWorkerFile(): string {
  return builtFile(import.meta.url, 'worker.js');
}

export interface Pool {
  run(task: WorkerTask, timeoutMs: number): Promise<LineResult[] | { failed: 'timeout' | 'crash'; message: string }>;
  close(): Promise<void>;
}

export function createPool(threads: number, workerFile = defaultWorkerFile()): Pool {
  // Threads start as work arrives (each loads the dictionaries, about a second),
  // so a short run never tears down a thread that is still loading them.
  const piscina = new Piscina({ filename: workerFile, minThreads: 1, maxThreads: threads, idleTimeout: 60_000 });
  return {
    async run(task, timeoutMs) {
      if (timeoutMs <= 0) {
        try {
          return (await piscina.run(task)) as LineResult[];
        } catch (err) {
          return { failed: 'crash', message: `worker failed: ${(err as Error).message || String(err)}` };
        }
      }
      // The clock starts when a thread starts the task (it says so on this
      // port), not at submission: a thread still starting up (loading the
      // dictionaries) or busy with another task does not count against it.
      const controller = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      port1.once('message', () => {
        timer = setTimeout(() => controller.abort(), timeoutMs);
      });
      try {
        return (await piscina.run(
          { ...task, started: port2 },
          { signal: controller.signal, transferList: [port2] },
        )) as LineResult[];
      } catch (err) {
        if (controller.signal.aborted)
          return { failed: 'timeout', message: `extraction took longer than ${timeoutMs} ms` };
        return { failed: 'crash', message: `worker failed: ${(err as Error).message || String(err)}` };
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    close: () => piscina.close(),
  };
}
