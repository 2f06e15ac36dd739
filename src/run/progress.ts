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

/** One large input (a big file, or stdin): bytes read and time taken, so a long run shows life. */
export interface ByteProgress {
  /** Bytes read so far grow by `n`. */
  read(n: number): void;
  /** Reading is done; extraction runs. */
  extracting(): void;
  /** Clears the line. */
  stop(): void;
}

/**
 * A line on a TTY's stderr, redrawn twice a second once the input has taken
 * more than a second (quick runs never show it): "govx: stdin: 12.3 MB read, 4 s".
 */
export function createByteProgress(
  stream: { write(s: string): unknown },
  label: string,
  { delayMs = 1000, everyMs = 500 } = {},
): ByteProgress {
  const started = Date.now();
  let bytes = 0;
  let phase = '';
  let shown = false;
  const draw = () => {
    const secs = Math.round((Date.now() - started) / 1000);
    stream.write(`\r\x1b[Kgovx: ${label}: ${(bytes / 1e6).toFixed(1)} MB read${phase}, ${secs} s`);
    shown = true;
  };
  let timer: NodeJS.Timeout | undefined;
  const delay = setTimeout(() => {
    draw();
    timer = setInterval(draw, everyMs);
    timer.unref();
  }, delayMs);
  delay.unref();
  return {
    read(n) {
      bytes += n;
    },
    extracting() {
      phase = ', extracting';
    },
    stop() {
      clearTimeout(delay);
      clearInterval(timer);
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
