/**
 * --out DIR: one file per article, written atomically (temp file + rename),
 * named by a reversible, traversal-proof encoding of the id that stays unique
 * on case-insensitive and Windows file systems.
 *
 * Temp files carry this run's own prefix (.govx-<host>-<pid>-<random>-<n>.tmp),
 * so runs sharing a folder never touch each other's files, and nothing else
 * in the folder is ever removed. Leftovers of a killed run are removed only
 * when they carry govx's prefix, this machine's host tag, and a pid that is
 * no longer alive.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, opendir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { outputError } from './output-error.js';

const MAX_NAME = 180;

/** Names Windows reserves whatever the extension (nul.json is the device NUL). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

/** Kept as is: letters that are their own lower case (and fold to nothing else), digits, '-' and '_'. */
function keep(ch: string): boolean {
  if (ch === '-' || ch === '_') return true;
  if (!/[\p{L}\p{N}]/u.test(ch)) return false;
  return ch === ch.toLowerCase() && ch.toUpperCase().toLowerCase() === ch;
}

const percent = (ch: string) =>
  [...Buffer.from(ch, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');

/**
 * Percent-encodes everything but lower-case letters, digits, '-' and '_' (so
 * '/', '.' and '..' never reach the file system as such, and ids differing
 * only in case never share a name); a name Windows reserves gets its first
 * letter encoded; long ids keep a hash suffix.
 */
export function safeFileName(id: string): string {
  let out = '';
  for (const ch of id) out += keep(ch) ? ch : percent(ch);
  if (out === '') out = '%00';
  if (RESERVED.test(out)) out = percent(out[0] as string) + out.slice(1);
  if (Buffer.byteLength(out) > MAX_NAME) {
    const hash = createHash('sha1').update(id).digest('hex').slice(0, 12);
    let cut = out.slice(0, 120);
    while (Buffer.byteLength(cut) > 120) cut = cut.slice(0, -1);
    out = `${cut}~${hash}`;
  }
  return out;
}

/**
 * The file name (without extension) of the `copy`-th article with this id in
 * a run: `a`, then `a~2`, `a~3` … ('~' never comes out of safeFileName but
 * before a 12-digit hash, so these never meet another id's name).
 */
export function outFileBase(id: string, copy = 1): string {
  return copy > 1 ? `${safeFileName(id)}~${copy}` : safeFileName(id);
}

export const recordPath = (dir: string, id: string, copy = 1) => join(dir, `${outFileBase(id, copy)}.json`);
export const errorPath = (dir: string, id: string, copy = 1) => join(dir, `${outFileBase(id, copy)}.error.json`);

/**
 * Counts the articles of a run by id, in input order, so the second article
 * with an id gets a file of its own (`a~2.json`), named the same on a re-run
 * and with --resume. Holds every id of the run in memory.
 */
export class IdCounter {
  private readonly seen = new Map<string, number>();
  /** Ids seen more than once. */
  duplicates = 0;
  /** This article's copy number (1 for an id's first article). */
  next(id: string): number {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    if (n === 2) this.duplicates++;
    return n;
  }
}

/** This machine, so a folder shared over the network never loses another host's temp files. */
const HOST = createHash('sha1').update(hostname()).digest('hex').slice(0, 8);
const TEMP = /^\.govx-([0-9a-f]{8})-(\d+)-([0-9a-f]+)-\d+\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * mkdir -p that fails instead of looping: Node's recursive mkdir never returns
 * when the kernel answers ENOENT for a parent that exists (/proc/x/y).
 */
async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if ((await stat(dir)).isDirectory()) return;
      throw err;
    }
    if (code !== 'ENOENT' || dirname(dir) === dir) throw err;
  }
  await makeDir(dirname(dir));
  try {
    await mkdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(dir)).isDirectory()) throw err;
  }
}

/** One run's view of an --out folder. Every failure is a one-line error (exit 2) naming the path. */
export interface OutDir {
  readonly dir: string;
  /** Writes a record (and clears an old error file for it) or an error record; `copy` as in outFileBase. */
  write(id: string, ok: boolean, line: string, copy?: number): Promise<void>;
  /** True when a complete record for this id (and copy) is already there (what --resume skips). */
  hasValid(id: string, copy?: number): Promise<boolean>;
}

/** Creates the folder, checks it takes files, and removes temp files killed govx runs left behind. */
export async function openOutDir(dir: string): Promise<OutDir> {
  try {
    await makeDir(dir);
  } catch (err) {
    throw outputError(dir, err, 'cannot create the output folder');
  }
  const prefix = `.govx-${HOST}-${process.pid}-${randomBytes(4).toString('hex')}-`;
  let counter = 0;
  const writeAtomic = async (path: string, content: string) => {
    const tmp = join(dir, `${prefix}${++counter}.tmp`);
    try {
      await writeFile(tmp, content);
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw outputError(path, err);
    }
  };
  // Fail now, before any article is processed, if the folder takes no files.
  const probe = join(dir, `${prefix}0.tmp`);
  try {
    await writeFile(probe, '');
  } catch (err) {
    throw outputError(dir, err, 'cannot write into the output folder');
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  await removeLeftovers(dir, prefix);
  return {
    dir,
    async write(id, ok, line, copy = 1) {
      if (ok) {
        await writeAtomic(recordPath(dir, id, copy), line + '\n');
        const old = errorPath(dir, id, copy);
        await rm(old, { force: true }).catch((err) => {
          throw outputError(old, err);
        });
      } else {
        await writeAtomic(errorPath(dir, id, copy), line + '\n');
      }
    },
    async hasValid(id, copy = 1) {
      try {
        const parsed = JSON.parse(await readFile(recordPath(dir, id, copy), 'utf8')) as {
          id?: unknown;
          schemaVersion?: unknown;
        };
        return parsed.id === id && typeof parsed.schemaVersion === 'string';
      } catch {
        return false;
      }
    },
  };
}

/** Temp files of killed govx runs on this machine (prefix, host tag, dead pid); anything else stays. */
async function removeLeftovers(dir: string, own: string): Promise<void> {
  try {
    for await (const entry of await opendir(dir)) {
      const m = TEMP.exec(entry.name);
      if (!m || m[1] !== HOST || entry.name.startsWith(own)) continue;
      const pid = Number(m[2]);
      if (pid !== process.pid && alive(pid)) continue;
      await rm(join(dir, entry.name), { force: true });
    }
  } catch (err) {
    throw outputError(dir, err, 'cannot clean up the output folder');
  }
}
