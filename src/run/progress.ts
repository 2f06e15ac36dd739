/** The one cli-progress importer: count, rate, ETA and errors on a TTY's stderr. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(errors: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WritableStream, total: number | null): Progress {
  const started = Date.now();
  const known = total !== null && total > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? '{bar} {value}/{total} articles | {rate}/s | errors {errors} | ETA {eta_formatted}'
        : '{value} articles | {rate}/s | errors {errors}',
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 5,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? total : 0, 0, { rate: '0', errors: 0 });
  let count = 0;
  return {
    tick(errors) {
      count++;
      const secs = (Date.now() - started) / 1000;
      bar.update(count, { rate: secs > 0 ? (count / secs).toFixed(1) : '0', errors });
    },
    stop() {
      bar.stop();
    },
  };
}
