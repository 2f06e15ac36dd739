/** The one chalk importer: colour only on a TTY, never under NO_COLOR or TERM=dumb. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { IO } from './io.js';

export function colorsFor(stream: IO['stdout'], env: IO['env']): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const off = env.NO_COLOR !== undefined || env.TERM === 'dumb';
  const level = forced ? 1 : !off && stream.isTTY ? 1 : 0;
  return new Chalk({ level });
}
