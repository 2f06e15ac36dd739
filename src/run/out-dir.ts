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

export const recordPath = (dir: string, id: string) => join(dir, `${safeFileName(id)}.json`);
export const errorPath = (dir: string, id: string) => join(dir, `${safeFileName(id)}.error.json`);

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
  /** Writes a record (and clears an old error file for it) or an error record. */
  write(id: string, ok: boolean, line: string): Promise<void>;
  /** True when a complete record for this id is already there (what --resume skips). */
  hasValid(id: string): Promise<boolean>;
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
    async write(id, ok, line) {
      if (ok) {
        await writeAtomic(recordPath(dir, id), line + '\n');
        const old = errorPath(dir, id);
        await rm(old, { force: true }).catch((err) => {
          throw outputError(old, err);
        });
      } else {
        await writeAtomic(errorPath(dir, id), line + '\n');
      }
    },
    async hasValid(id) {
      try {
        const parsed = JSON.parse(await readFile(recordPath(dir, id), 'utf8')) as {
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
