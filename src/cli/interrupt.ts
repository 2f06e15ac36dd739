/**
 * SIGINT/SIGTERM during a batch: the run stops taking articles, keeps the
 * records already written whole, says what was done and how to go on, and
 * exits 130/143 as shells expect.
 */
import { countInputs, type SourceOptions } from '../input/sources.js';
import type { BatchSummary } from '../run/batch.js';
import type { IO, StopSignal } from './io.js';

export interface SignalWatch {
  /** The signal that came, if any. */
  readonly signal: StopSignal | null;
  release(): void;
}

export function watchSignals(io: IO): SignalWatch {
  let signal: StopSignal | null = null;
  const release =
    io.onSignal?.((s) => {
      signal ??= s;
    }) ?? (() => {});
  return {
    get signal() {
      return signal;
    },
    release,
  };
}

/** "govx: interrupted (SIGINT): 37 articles written, 63 left; …how to go on". */
export async function describeInterrupt(
  signal: StopSignal,
  summary: BatchSummary,
  inputs: string[],
  sourceOptions: SourceOptions,
  outDir: string | undefined,
): Promise<string> {
  const done = summary.total + summary.skipped;
  let total: number | null = null;
  try {
    total = await countInputs(inputs, sourceOptions);
  } catch {
    total = null;
  }
  const left = total === null ? 'the rest left' : `${Math.max(0, total - done)} left`;
  const how = outDir
    ? `rerun the same command with --resume to do the rest (${outDir} holds whole records only)`
    : 'the output holds whole records only; rerun to do the rest, or use --out DIR and --resume to go on where it stopped';
  return `govx: interrupted (${signal}): ${summary.total} articles written${summary.skipped ? ` (${summary.skipped} skipped, already done)` : ''}, ${left}; ${how}`;
}
