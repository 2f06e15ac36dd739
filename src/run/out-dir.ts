/**
 * --out DIR: one file per article, written atomically (temp file + rename),
 * named by a reversible, traversal-proof encoding of the id.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MAX_NAME = 180;

/**
 * Percent-encodes everything but letters, digits, '-' and '_' (so '/', '.' and
 * '..' can never reach the file system as such); long ids keep a hash suffix.
 */
export function safeFileName(id: string): string {
  let out = '';
  for (const ch of id)
    out += /[\p{L}\p{N}_-]/u.test(ch)
      ? ch
      : [...Buffer.from(ch, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
  if (out === '') out = '%00';
  if (Buffer.byteLength(out) > MAX_NAME) {
    const hash = createHash('sha1').update(id).digest('hex').slice(0, 12);
    let cut = out.slice(0, 120);
    while (Buffer.byteLength(cut) > 120) cut = cut.slice(0, -1);
    out = `${cut}~${hash}`;
  }
  return out;
}

export const recordPath = (dir: string, id: string) => join(dir, `${safeFileName(id)}.json`);
export const errorPath = (dir: string, id: string) => join(dir, `${safeFileName(id)}.error.json`);

let tmpCounter = 0;

async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

/** Creates the folder and removes temp files a killed run left behind. */
export async function prepareOutDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
}

/** Writes a record (and clears an old error file for it) or an error record. */
export async function writeOutput(dir: string, id: string, ok: boolean, line: string): Promise<void> {
  if (ok) {
    await writeAtomic(recordPath(dir, id), line + '\n');
    await rm(errorPath(dir, id), { force: true });
  } else {
    await writeAtomic(errorPath(dir, id), line + '\n');
  }
}

/** True when a complete record for this id is already there (what --resume skips). */
export async function hasValidOutput(dir: string, id: string): Promise<boolean> {
  try {
    const parsed = JSON.parse(await readFile(recordPath(dir, id), 'utf8')) as { id?: unknown; schemaVersion?: unknown };
    return parsed.id === id && typeof parsed.schemaVersion === 'string';
  } catch {
    return false;
  }
}
