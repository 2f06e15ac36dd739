/**
 * The contract between the CLI and the input layer: what a command may touch
 * of the outside world, the exit codes, and the error a user caused. Lives
 * below both so that input/ never imports from cli/.
 */
/** What a command may touch of the outside world; tests pass their own. */
export interface IO {
  /** `closed`: the reader has gone (EPIPE); writes are dropped and the command winds down. */
  stdout: { write(chunk: string): unknown; isTTY?: boolean; readonly closed?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Standard input's kind: a terminal means nobody piped anything (commands print usage, not wait). */
  stdin?: { isTTY?: boolean };
  /** Reads all of standard input. */
  readStdin(): Promise<Buffer>;
  /** Standard input as a stream, for readers that hold only part of it (else readStdin is used). */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  /**
   * Listens for SIGINT/SIGTERM while a run can wind down cleanly; returns the
   * unsubscribe. A second signal ends the process at once. Absent in tests that do not need it.
   */
  onSignal?(handler: (signal: StopSignal) => void): () => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Exit codes, as documented in the README. */
export const EXIT = {
  ok: 0,
  /** An input could not be processed, a record failed validation, or a regression differs. */
  failed: 1,
  /** Usage error or a path that cannot be read. */
  usage: 2,
  /** Stopped by SIGINT (Ctrl-C): 128 + 2, as shells report it. */
  SIGINT: 130,
  /** Stopped by SIGTERM: 128 + 15. */
  SIGTERM: 143,
} as const;

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** An error the user caused; printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
