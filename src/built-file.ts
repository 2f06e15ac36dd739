/**
 * Files the build writes into dist/ (the worker script, the compiled schema
 * validator), found from a module's own URL: beside it when it runs from
 * dist/, in the dist/ copy of its folder when it runs from src/ (tests).
 */
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function builtFile(moduleUrl: string, name: string): string {
  const dir = dirname(fileURLToPath(moduleUrl)) + sep;
  if (!moduleUrl.endsWith('.ts')) return join(dir, name);
  const at = dir.lastIndexOf(`${sep}src${sep}`);
  return join(dir.slice(0, at), 'dist', dir.slice(at + 5), name);
}
